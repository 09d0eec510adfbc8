// Getting data in and out: a Windows-1254 CSV from Excel imported through the column
// mapping with its Turkish letters intact, imported again with no duplicates, an import
// undone, vCards from a phone, bad files refused with the data untouched, and the CSV,
// JSON and backup exports read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCustomer, eventually, expectShown, join, listedNames, navigateTo, reload, useApp, whenSaved, withApp,
} from './app.mjs';
import { receive } from './sync-app.mjs';

const app = useApp();
const fixture = (path) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const importSection = (page) => page.getByRole('region', { name: 'Import customers' });
const exportSection = (page) => page.getByRole('region', { name: 'Export' });

async function openDataPage(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Import and export', exact: true }).waitFor();
}

/** Chooses `path` on the import page. */
async function chooseImport(page, path) {
  await openDataPage(page);
  await importSection(page).getByLabel('Choose a file (CSV or vCard)').setInputFiles(path);
}

/** Waits for the import report and returns its summary line. */
async function importSummary(page) {
  const summary = importSection(page).locator('.import-summary');
  await summary.waitFor();
  return (await summary.innerText()).trim();
}

async function allNames(page) {
  await navigateTo(page, 'Customers');
  return (await listedNames(page)).sort((a, b) => a.localeCompare(b, 'tr'));
}

/** Downloads through `click` and returns the file's name and bytes. */
async function download(page, click) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-export-'));
  const path = joinPath(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: await readFile(path) };
}

const EXCEL_NAMES = [
  'Ayşe Yılmaz', 'Deniz Lojistik', 'Doğan Çiçekçilik', 'Işık Gıda Ürünleri', 'Öz; Ortakları Ltd. Şti.',
  'Ömer Uğur', 'Şükrü Öztürk', 'Ümran Şahin',
].sort((a, b) => a.localeCompare(b, 'tr'));

test('a Windows-1254 Excel file is mapped, previewed and imported once, with Turkish letters intact', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe');
    await chooseImport(page, fixture('import/excel-tr.csv'));
    const section = importSection(page);
    await section.getByRole('heading', { name: 'Match the columns to fields' }).waitFor();
    assert.match(await section.innerText(), /excel-tr\.csv: 7 rows, Windows-1254, separated by “;”/);
    // Each column's field was guessed from its Turkish header.
    const guessed = {
      Ad: 'first_name', Soyad: 'last_name', 'Şirket': 'company', Telefon: 'phone', 'E-posta': 'email', 'Şehir': 'city',
    };
    for (const [header, target] of Object.entries(guessed)) {
      assert.equal(await section.getByLabel(header, { exact: true }).inputValue(), target, header);
    }
    // The preview shows the first rows as they will be imported.
    const preview = section.getByRole('table', { name: /The first 5 rows/ });
    const firstRow = await preview.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    assert.deepEqual(firstRow.map((c) => c.trim()), [
      '2', 'Ayşe Yılmaz', 'Deniz Lojistik', 'ayse@denizlojistik.com.tr', '0532 111 22 33', 'İzmir',
    ]);
    await preview.getByRole('cell', { name: /E-mails: Not a valid e-mail address: gulsen@@cagri/ }).waitFor();

    await section.getByRole('button', { name: 'Import', exact: true }).click();
    assert.equal(await importSummary(page), '5 customers added, plus 3 new companies they work for.');
    const report = await section.innerText();
    assert.match(report, /1 record was already here and was not added/);
    assert.match(report, /1 record was skipped/);
    await section.getByRole('listitem').filter({ hasText: 'line 5: E-mails: Not a valid e-mail address: gulsen@@cagri' }).waitFor();
    await section.getByText('1 record was already here and was not added').click();
    const duplicate = section.getByRole('listitem').filter({ hasText: 'line 3: Ayşe Yılmaz (same phone number)' });
    await duplicate.getByRole('link', { name: 'Ayşe Yılmaz' }).waitFor();
    assert.deepEqual(await allNames(page), EXCEL_NAMES);

    // The same file again adds no one.
    await chooseImport(page, fixture('import/excel-tr.csv'));
    await importSection(page).getByRole('button', { name: 'Import', exact: true }).click();
    assert.equal(await importSummary(page), 'No new customers: everyone in the file is already here.');
    assert.match(await importSection(page).innerText(), /6 records were already here/);
    await reload(page);
    assert.deepEqual(await allNames(page), EXCEL_NAMES, 'after a reload');
  }));

test('an import of Google Contacts can be undone in one step; vCards from a phone come in too', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe');
    await createCustomer(page, { name: 'Önceden Var' });
    await chooseImport(page, fixture('import/google-contacts.csv'));
    const section = importSection(page);
    assert.equal(await section.getByLabel('E-mail 1 - Value', { exact: true }).inputValue(), 'email');
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    assert.match(await importSummary(page), /^\d+ customers added/);
    const imported = await allNames(page);
    assert.ok(imported.includes('Zeynep Nur Kaya'), imported.join(', '));

    await openDataPage(page);
    // The report stays until another file is chosen.
    await importSection(page).getByRole('button', { name: 'Undo this import' }).click();
    await importSection(page).getByText('The import was undone: the customers it added were removed.').waitFor();
    await whenSaved(page);
    assert.deepEqual(await allNames(page), ['Önceden Var']);

    await chooseImport(page, fixture('vcard/android.vcf'));
    // Two people (one with a company new to the workspace); a card with no name and one
    // with a broken e-mail are skipped.
    assert.equal(await importSummary(page), '2 customers added, plus 1 new company they work for.');
    assert.match(await importSection(page).innerText(), /2 records were skipped/);
    const names = await allNames(page);
    assert.ok(names.includes('Ayşe Öztürk'), names.join(', '));
  }));

test('bad files are refused in words and the workspace stays as it was', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe');
    await createCustomer(page, { name: 'Önceden Var' });
    const refused = {
      'import/binary.png': 'This is not a text file: a CSV or vCard file was expected.',
      'import/empty.csv': 'The file is empty.',
      'vcard/malformed.vcf': /^Card \d+ never ends \(no END:VCARD\): the file may be cut short\. Nothing was imported\.$/,
    };
    for (const [path, message] of Object.entries(refused)) {
      await chooseImport(page, fixture(path));
      const alert = importSection(page).getByRole('alert');
      await eventually(async () => {
        const text = (await alert.innerText()).trim();
        if (message instanceof RegExp) assert.match(text, message);
        else assert.equal(text, message);
      });
    }
    // A file whose columns say nothing about names cannot start.
    assert.deepEqual(await allNames(page), ['Önceden Var']);
  }));

test('exports: CSV with a byte-order mark and formula-safe cells, JSON that reads back, a backup restoring an empty app', () =>
  withApp(app, async ({ page, context }) => {
    await join(page, 'Ayşe');
    await createCustomer(page, { name: 'Şule Çelik', phones: '+90 532 111 22 33', city: 'Iğdır' });
    await createCustomer(page, { name: '=HYPERLINK("http://x")' });
    await openDataPage(page);
    const section = exportSection(page);

    const csv = await download(page, () => section.getByRole('button', { name: 'Customers (CSV)' }).click());
    assert.match(csv.name, /^rapport-customers-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = csv.bytes.subarray(3).toString('utf8');
    assert.match(text, /Şule Çelik/);
    assert.match(text, /Iğdır/);
    assert.match(text, /'\+90 532 111 22 33/, 'a cell starting with + is neutralised');
    assert.match(text, /"'=HYPERLINK\(""http:\/\/x""\)"/, 'a formula is neutralised');
    await section.getByRole('status').getByText(`${csv.name} downloaded.`).waitFor();

    const json = await download(page, () => section.getByRole('button', { name: 'Everything (JSON)' }).click());
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(parsed.format, 'rapport-export');
    assert.equal(parsed.version, 1);
    assert.deepEqual(parsed.customers.map((c) => c.name).sort(), ['=HYPERLINK("http://x")', 'Şule Çelik']);
    assert.equal(parsed.colleagues[0].name, 'Ayşe');

    const vcard = await download(page, () => section.getByRole('button', { name: 'All customers (vCard)' }).click());
    assert.equal((vcard.bytes.toString('utf8').match(/BEGIN:VCARD/g) ?? []).length, 2);

    const backup = await download(page, () => section.getByRole('button', { name: 'Download a backup' }).click());
    assert.match(backup.name, /\.rapport$/);
    // Restored into an empty app in another browser profile.
    const other = await context.browser().newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto(page.url().split('#')[0]);
      await join(fresh, 'Mehmet');
      await receive(fresh, backup.path);
      await navigateTo(fresh, 'Customers');
      await expectShown(fresh, 2);
      assert.deepEqual((await listedNames(fresh)).sort(), ['=HYPERLINK("http://x")', 'Şule Çelik']);
    } finally {
      await other.close();
    }
  }));
