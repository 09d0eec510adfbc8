// Invoice details with Turkish identifiers: a tax number (VKN or TCKN) and an IBAN whose
// check digits do not add up are warned about in plain words, in both languages, and
// kept; they are searched, exported, and read from a CSV's "Vergi No" columns. The city
// field offers the 81 provinces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import {
  createCustomer, eventually, field, join, listedNames, navigateTo, openCustomer, reload, typeInto, useApp,
  whenSaved, withApp,
} from './app.mjs';

const app = useApp();
const warningOf = (page, id) => page.locator(`#customer-${id}-warning`);

test('a tax number or IBAN with wrong check digits is warned about and kept; right ones are quiet', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { type: 'Company', name: 'Deniz Lojistik A.Ş.' });
    await typeInto(page, 'Tax number (VKN / TCKN)', '123 456 7891');
    await eventually(async () => assert.equal(
      (await warningOf(page, 'tax-number').innerText()).trim(),
      'The check digits do not add up: a digit may be wrong, or two swapped. It is kept all the same.',
    ));
    await typeInto(page, 'IBAN', 'TR33 0006 1005');
    await eventually(async () => assert.equal(
      (await warningOf(page, 'iban').innerText()).trim(),
      'A Turkish IBAN starts with TR and has 26 characters. It is kept all the same.',
    ));
    await typeInto(page, 'Tax office', 'Konak');
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(page, 'Tax number (VKN / TCKN)').inputValue(), '123 456 7891');
    assert.equal(await field(page, 'IBAN').inputValue(), 'TR33 0006 1005');
    assert.equal(await field(page, 'Tax office').inputValue(), 'Konak');
    assert.ok(await warningOf(page, 'tax-number').isVisible());

    // In Turkish too.
    await field(page, 'Language').selectOption({ label: 'Türkçe' });
    await eventually(async () => assert.match(await warningOf(page, 'tax-number').innerText(), /^Kontrol haneleri tutmuyor/));
    await field(page, 'Dil').selectOption({ label: 'English' });

    // The city field offers the 81 provinces, in Turkish order, with nothing fetched.
    const provinces = await page.locator('#customer-provinces option').evaluateAll((options) => options.map((o) => o.value));
    assert.equal(provinces.length, 81);
    assert.equal(await field(page, 'City').getAttribute('list'), 'customer-provinces');
    assert.ok(provinces.indexOf('Isparta') < provinces.indexOf('İstanbul') && provinces.indexOf('Şanlıurfa') < provinces.indexOf('Tekirdağ'));

    // Corrected: the warnings go.
    await typeInto(page, 'Tax number (VKN / TCKN)', '1234567890');
    await typeInto(page, 'IBAN', 'TR33 0006 1005 1978 6457 8413 26');
    await eventually(async () => assert.equal(await warningOf(page, 'tax-number').isVisible(), false));
    assert.equal(await warningOf(page, 'iban').isVisible(), false);
    // A person's TCKN is a tax number too.
    await createCustomer(page, { name: 'Şükrü Öztürk' });
    await typeInto(page, 'Tax number (VKN / TCKN)', '10000000146');
    await whenSaved(page);
    assert.equal(await warningOf(page, 'tax-number').isVisible(), false);
    // The tax office field offers the offices the workspace already writes.
    assert.equal(await field(page, 'Tax office').getAttribute('list'), 'customer-tax-offices');
    assert.deepEqual(
      await page.locator('#customer-tax-offices option').evaluateAll((options) => options.map((o) => o.value)),
      ['Konak'],
    );

    // Found by its tax number.
    await navigateTo(page, 'Customers');
    await page.getByRole('searchbox', { name: 'Search' }).fill('1234567890');
    await eventually(async () => assert.deepEqual(await listedNames(page), ['Deniz Lojistik A.Ş.']));

    // Written in the JSON export.
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Everything (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    const firm = exported.customers.find((c) => c.name === 'Deniz Lojistik A.Ş.');
    assert.deepEqual([firm.tax_number, firm.tax_office, firm.iban], ['1234567890', 'Konak', 'TR33 0006 1005 1978 6457 8413 26']);
  }));

test('a CSV with Vergi No, Vergi Dairesi and IBAN columns fills the invoice details', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-invoice-'));
    const path = joinPath(dir, 'firmalar.csv');
    await writeFile(path, 'Firma Adı;Vergi No;Vergi Dairesi;IBAN\r\nIşık Gıda;0000000001;Bornova;TR330006100519786457841326\r\n');
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(path);
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.locator('.import-summary').waitFor();
    await navigateTo(page, 'Customers');
    await openCustomer(page, 'Işık Gıda');
    assert.equal(await field(page, 'Tax number (VKN / TCKN)').inputValue(), '0000000001');
    assert.equal(await field(page, 'Tax office').inputValue(), 'Bornova');
    assert.equal(await field(page, 'IBAN').inputValue(), 'TR330006100519786457841326');
    assert.equal(await warningOf(page, 'tax-number').isVisible(), false);
  }));

test('the district field offers the districts of the city typed, and keeps what is typed', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Deniz Lojistik A.Ş.', type: 'Company' });
    await typeInto(page, 'City', 'İzmir');
    const districts = () => page.locator('#customer-districts option').evaluateAll((options) => options.map((o) => o.value));
    await eventually(async () => assert.equal((await districts()).length, 30));
    const izmir = await districts();
    assert.ok(izmir.includes('Konak') && izmir.includes('Karşıyaka'));
    assert.ok(izmir.indexOf('Buca') < izmir.indexOf('Çeşme'), 'Turkish order');
    assert.equal(await field(page, 'District').getAttribute('list'), 'customer-districts');
    await typeInto(page, 'District', 'Konak');
    await typeInto(page, 'City', 'Ankara');
    await eventually(async () => assert.ok((await districts()).includes('Çankaya')));
    await typeInto(page, 'City', 'İzmir');
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(page, 'District').inputValue(), 'Konak');
    // A city that is no province offers none, and any district is kept.
    await typeInto(page, 'City', 'Lefkoşa');
    await eventually(async () => assert.equal((await districts()).length, 0));
    await typeInto(page, 'District', 'Girne Kapısı');
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(page, 'District').inputValue(), 'Girne Kapısı');
    // Searched like the city.
    await navigateTo(page, 'Customers');
    await page.getByRole('searchbox', { name: 'Search' }).fill('girne');
    await eventually(async () => assert.deepEqual(await listedNames(page), ['Deniz Lojistik A.Ş.']));
  }));
