// Hostile and odd text: the big list of naughty strings (npm's big-list-of-naughty-strings)
// imported as customers and typed into every text field. Each is shown as text on every
// page (nothing runs, nothing is added to the page, no dialog, the CSP is not broken), is
// stored as given, and comes back the same through the CSV, vCard, JSON and sync-file
// exports read into another browser profile.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import {
  createCustomer, eventually, field, join, listedNames, logInteraction, navigateTo, typeInto, useApp, withApp,
} from './app.mjs';
import { openApp } from './harness.mjs';
import { ANYONE, chooseFile, exportFile, importSection, receive } from './sync-app.mjs';

const app = useApp();
// What the file tried, printed at its end for the README's reliability table.
const tally = { values: 0, roundTrips: 0, typed: 0, refusedFiles: 0 };
after(() => console.log(`hostile input: ${tally.values} naughty values imported and compared after ${tally.roundTrips} round trips, ${tally.typed} hostile values typed into fields, ${tally.refusedFiles} oversized inputs refused (counted only where every check passed)`));
const NAUGHTY = createRequire(import.meta.url)('big-list-of-naughty-strings/blns.json');
// What the import keeps of a cell: the text, trimmed (the app trims what is typed too).
const kept = (text) => text.trim();
const STRINGS = NAUGHTY.filter((s) => kept(s) !== '');
// A name or a city holds at most 200 characters (code points), an address or notes 20,000:
// a name takes each string's first 150, a city its first 200.
const nameOf = (i) => kept(`N${i + 1} ${[...STRINGS[i]].slice(0, 150).join('')}`);
const line = (s) => kept([...s].slice(0, 200).join(''));

/** A CSV of one customer per naughty string: quoted, so any string is one cell. */
function naughtyCsv() {
  const cell = (text) => `"${text.replace(/"/g, '""')}"`;
  const lines = ['Ad Soyad,Şehir,Adres,Notlar'];
  STRINGS.forEach((s, i) => lines.push([nameOf(i), line(s), s, s].map(cell).join(',')));
  return `${lines.join('\r\n')}\r\n`;
}

/** Every cell of a CSV (RFC 4180, separated by `,` or `;` as its header line shows). */
function csvCells(text) {
  const separator = text.slice(0, text.indexOf('\n')).includes(';') ? ';' : ',';
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator || c === '\n') { cells.push(cell.replace(/\r$/, '')); cell = ''; }
    else cell += c;
  }
  if (cell) cells.push(cell);
  return cells;
}

/** Downloads through `click` into `dir` and returns the file's path and bytes. */
async function download(page, dir, click) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = joinPath(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, bytes: await readFile(path) };
}

const dataPage = async (page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Import and export', exact: true }).waitFor();
};
const importRegion = (page) => page.getByRole('region', { name: 'Import customers' });
const exportRegion = (page) => page.getByRole('region', { name: 'Export' });

async function importFile(page, path) {
  await dataPage(page);
  await importRegion(page).getByLabel('Choose a file (CSV or vCard)').setInputFiles(path);
  const button = importRegion(page).getByRole('button', { name: 'Import', exact: true });
  // A CSV asks for its columns first; a vCard goes straight in.
  await Promise.race([button.waitFor(), importRegion(page).locator('.import-summary').waitFor()]);
  if (await button.count()) await button.click();
  const summary = importRegion(page).locator('.import-summary');
  await summary.waitFor({ timeout: 60_000 });
  return (await summary.innerText()).trim();
}

/** The JSON export's customers as { name: { city, address, notes } }. */
async function exported(page, dir) {
  await dataPage(page);
  const json = await download(page, dir, () => exportRegion(page).getByRole('button', { name: 'Everything (JSON)' }).click());
  const out = {};
  for (const c of JSON.parse(json.bytes.toString('utf8')).customers) {
    out[c.name] = { city: c.city ?? '', address: c.address ?? '', notes: c.notes ?? '' };
  }
  return out;
}

/** Throws if the page holds anything a string could have injected, or ran anything. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: [...document.querySelectorAll(
      'main script, main iframe, main object, main embed, main img, main [onerror], main [onload], main [onclick], main [onmouseover], main [onfocus], main a[href^="javascript"], main [src^="javascript"], main [style*="expression"]',
    )].map((el) => el.outerHTML.slice(0, 120)),
    csp: window.__cspViolations ?? [],
  }));
  assert.deepEqual({ ...found, dialogs: page.dialogs ?? [] }, { pwned: null, injected: [], csp: [], dialogs: [] }, where);
}

/** Every page of the app, visited with the hostile data in it. */
async function visitEveryPage(page) {
  for (const name of ['Customers', 'Today', 'Board', 'Dashboard', 'Duplicates', 'Archive', 'Sync files', 'Import & export']) {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.waitForLoadState('domcontentloaded');
    await assertInert(page, name);
  }
}

const watchForHarm = async (page) => {
  await page.evaluate(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  page.dialogs = [];
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
};

test('the big list of naughty strings is imported, shown as text everywhere, and comes back the same through every export', { timeout: 600_000 }, () =>
  withApp(app, async ({ page, context }) => {
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-naughty-'));
    await join(page, 'Ayşe Yılmaz');
    await watchForHarm(page);
    const csv = joinPath(dir, 'naughty.csv');
    await writeFile(csv, naughtyCsv());
    const summary = await importFile(page, csv);
    assert.match(summary, new RegExp(`^${STRINGS.length} customers added`), await importRegion(page).innerText());
    await visitEveryPage(page);

    // Stored as given (trimmed), each string in each field.
    const original = await exported(page, dir);
    const expected = {};
    STRINGS.forEach((s, i) => {
      expected[nameOf(i)] = { city: line(s), address: kept(s), notes: kept(s) };
    });
    assert.deepEqual(original, expected, 'what the JSON export holds');
    tally.values += Object.keys(expected).length * 4;

    // Shown as text: a few searched for and opened.
    for (const s of STRINGS.filter((x) => /<|javascript:|&#|%3C/i.test(x)).slice(0, 12)) {
      const name = nameOf(STRINGS.indexOf(s));
      await navigateTo(page, 'Customers');
      await page.getByRole('searchbox', { name: 'Search' }).fill(name.split(' ')[0]);
      // As rendered, runs of spaces are one (HTML's white-space rule); the fields keep them.
      const shown = name.replace(/\s+/g, ' ');
      await eventually(async () => assert.deepEqual((await listedNames(page)).map((n) => n.replace(/\s+/g, ' ')), [shown]));
      await page.getByRole('main').getByRole('table').getByRole('link').first().click();
      await eventually(async () => assert.equal(
        (await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ').trim(), shown));
      assert.equal(await field(page, 'Name').inputValue(), name);
      assert.equal(await field(page, 'Notes').inputValue(), kept(s));
      await assertInert(page, name);
    }

    await dataPage(page);
    const csvOut = await download(page, dir, () => exportRegion(page).getByRole('button', { name: 'Customers (CSV)' }).click());
    const vcardOut = await download(page, dir, () => exportRegion(page).getByRole('button', { name: 'All customers (vCard)' }).click());
    const syncOut = await exportFile(page, dir, { forWhom: ANYONE });
    // The CSV is safe to open in a spreadsheet: no cell starts a formula.
    const cells = csvCells(csvOut.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    assert.ok(cells.length > STRINGS.length * 4, 'the CSV was read');
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    assert.deepEqual(formulas, [], 'cells a spreadsheet would run');

    // Each export read into a browser profile of its own gives the same customers back.
    const roundTrips = [
      ['CSV', (p) => importFile(p, csvOut.path), ['city', 'address', 'notes']],
      ['vCard', (p) => importFile(p, vcardOut.path), ['city', 'address', 'notes']],
      ['sync file', (p) => receive(p, syncOut.path), ['city', 'address', 'notes']],
    ];
    for (const [format, read, fields] of roundTrips) {
      const other = await openApp(context.browser(), page.url().split('#')[0]);
      try {
        other.context.setDefaultTimeout(20_000);
        await join(other.page, 'Mehmet Kaya');
        await read(other.page);
        const back = await exported(other.page, dir);
        const want = Object.fromEntries(Object.entries(original).map(([name, values]) =>
          [name, Object.fromEntries(fields.map((f) => [f, values[f]]))]));
        const got = Object.fromEntries(Object.entries(back).map(([name, values]) =>
          [name, Object.fromEntries(fields.map((f) => [f, values[f]]))]));
        const differ = Object.keys(want).filter((name) => JSON.stringify(want[name]) !== JSON.stringify(got[name]));
        const extra = Object.keys(got).filter((name) => !(name in want));
        assert.deepEqual({ differ: differ.slice(0, 5), extra: extra.slice(0, 5) }, { differ: [], extra: [] },
          `${format}: ${differ.slice(0, 3).map((n) => `${JSON.stringify(n)} ${JSON.stringify(want[n])} -> ${JSON.stringify(got[n])}`).join('; ')}`);
        await assertInert(other.page, format);
        tally.roundTrips++;
      } finally {
        await other.context.close();
      }
    }
  }, { allowErrors: false }));

// Typed through the forms, as a person pastes them: every text field of a customer, an
// interaction's summary.
const TYPED = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "javascript:window.__pwned=4//",
  '=HYPERLINK("http://x","tıkla")',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '‮İZMİR‬ ‏עברית‎',
  '👩🏽‍💼 Zeynep 𝕏',
];

test('hostile text typed into every field of a customer and an interaction is kept and shown as text', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await watchForHarm(page);
    for (const [i, text] of TYPED.entries()) {
      const name = `Kişi ${i + 1} ${text}`;
      await createCustomer(page, {
        name, company: `Şirket ${i + 1} ${text}`, city: text, address: text, notes: text, tags: `etiket${i + 1}`,
      });
      await typeInto(page, 'City', `${text} şehir`);
      await logInteraction(page, { summary: text });
      await page.getByRole('region', { name: 'Interaction history' }).getByText(text, { exact: true }).waitFor();
      assert.equal(await field(page, 'Notes').inputValue(), text);
      await eventually(async () => assert.equal(await field(page, 'City').inputValue(), `${text} şehir`));
      await assertInert(page, name);
      tally.typed += 7; // name, company, city (twice), address, notes, a summary
    }
    await visitEveryPage(page);
  }));

test('files beyond their limits are refused before they are read, a 10 MB note is refused in words, and nothing stored changes', () =>
  withApp(app, async ({ page }) => {
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-huge-'));
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Deniz Aydın', notes: 'Kısa not.' });
    await watchForHarm(page);

    // 64 MiB and one byte of sync file, 20 MiB and one byte of CSV: sparse files, so the
    // test writes nothing; the app must refuse them by their size.
    const bigSync = joinPath(dir, 'buyuk.rapport');
    await writeFile(bigSync, '');
    await truncate(bigSync, 64 * 1024 * 1024 + 1);
    await chooseFile(page, bigSync);
    await importSection(page).getByRole('alert').filter({ hasText: 'The file is too large (more than 64 MB).' }).waitFor();
    const bigCsv = joinPath(dir, 'buyuk.csv');
    await writeFile(bigCsv, 'Ad Soyad\r\n');
    await truncate(bigCsv, 20 * 1024 * 1024 + 1);
    await dataPage(page);
    await importRegion(page).getByLabel('Choose a file (CSV or vCard)').setInputFiles(bigCsv);
    await importRegion(page).getByText('The file is too large (20 MB at most).').waitFor();

    // A 10 MB note pasted into the field.
    await navigateTo(page, 'Customers');
    await page.getByRole('main').getByRole('link', { name: 'Deniz Aydın', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Deniz Aydın' }).waitFor();
    await field(page, 'Notes').fill('ç'.repeat(10 * 1024 * 1024));
    await field(page, 'Notes').press('Tab');
    await page.getByRole('alert').filter({ hasText: 'Too long; most characters allowed: 20,000' }).first().waitFor();
    await assertInert(page, 'after the huge inputs');
    tally.refusedFiles += 3;

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Deniz Aydın' }).waitFor();
    assert.equal(await field(page, 'Notes').inputValue(), 'Kısa not.');
    await navigateTo(page, 'Customers');
    assert.deepEqual(await listedNames(page), ['Deniz Aydın']);
  }));
