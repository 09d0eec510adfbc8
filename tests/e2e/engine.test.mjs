// The engine thread: the workspace kept by a dedicated Web Worker, work reported done only
// once stored, a worker that cannot start said in words with nothing changed, and an
// engine of another build refused with words instead of misread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { engineOf, killEngine, openPage, runInEngineFirst, waitForApp } from './harness.mjs';
import {
  createCustomer, eventually, expectListed, fillInteractionForm, historySummaries, join, logForm,
  logInteraction, navigateTo, openCustomer, reload, saveStatus, useApp, whenSaved, withApp,
} from './app.mjs';

const app = useApp();
const ROWS = 3_000;

/** A CSV of `rows` customers, as a spreadsheet would export it. */
async function bigCsv(rows) {
  const lines = ['Ad Soyad;Şehir;E-posta'];
  for (let i = 1; i <= rows; i++) lines.push(`Müşteri ${i};İzmir;musteri${i}@ornek.com.tr`);
  const path = joinPath(await mkdtemp(joinPath(tmpdir(), 'rapport-')), 'musteriler.csv');
  await writeFile(path, lines.join('\r\n'));
  return path;
}

/** The page's pending-log entries (intents not known to be stored yet). */
const pendingEntries = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((key) => key.startsWith('rapport.pending.')).length);

const shownCount = async (page) => {
  await navigateTo(page, 'Customers');
  const text = await page.getByRole('main').getByRole('status').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

test('the workspace is kept by an engine in its own worker, and a reload the instant an import reports success keeps every record', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    assert.ok(await engineOf(page), 'an engine worker runs');
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(await bigCsv(ROWS));
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = section.locator('.import-summary');
    await summary.waitFor({ timeout: 60_000 });
    assert.match(await summary.innerText(), /3,000 customers added/);
    // No waiting for "Saved": the report itself came only once everything was stored.
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    assert.equal(await shownCount(page), ROWS);
  }));

test('an import cut short by the page ending is said at the next start, and importing the file again completes it', () =>
  withApp(app, async ({ context, page, errors }) => {
    await join(page, 'Ayşe Yılmaz');
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    const csv = await bigCsv(ROWS);
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(csv);
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    // The page ends while the customers are being added, part by part.
    await section.getByText(/^Adding customers: [1-9][\d,]* of 3,000$/).waitFor({ timeout: 60_000 });
    const url = page.url();
    await page.close();

    const again = await openPage(context, url, { errors });
    const notice = again.getByRole('status').filter({ hasText: 'The import of musteriler.csv (3,000 customers) was cut short when Rapport stopped' });
    await notice.waitFor();
    const kept = await shownCount(again);
    assert.ok(kept < ROWS, `${kept} of ${ROWS} were added before the page ended`);
    await notice.getByRole('link', { name: 'Import & export' }).click();
    const importAgain = again.getByRole('region', { name: 'Import customers' });
    await importAgain.getByLabel('Choose a file (CSV or vCard)').setInputFiles(csv);
    await importAgain.getByRole('button', { name: 'Import', exact: true }).click();
    await importAgain.locator('.import-summary').waitFor({ timeout: 60_000 });
    assert.equal(await shownCount(again), ROWS);
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await reload(again);
    assert.equal(await again.getByText('was cut short when Rapport stopped').count(), 0, 'told once');
  }));

test('when the engine worker cannot start, the page says so in words, offers a reload, and nothing stored changes', () =>
  withApp(
    app,
    async ({ context, page }) => {
      await join(page, 'Mehmet Kaya');
      await createCustomer(page, { name: 'Kayıtlı Müşteri' });
      await whenSaved(page);
      await context.route('**/rapport-engine_loader.js', (route) => route.fulfill({ status: 404, body: '' }));
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: 'Rapport could not start' });
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Reload' }).waitFor();
      assert.equal(await page.locator('#app').getAttribute('data-ready'), 'false');
      // Once the worker loads again, everything is there.
      await context.unroute('**/rapport-engine_loader.js');
      await alert.getByRole('button', { name: 'Reload' }).click();
      await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Kayıtlı Müşteri']);
    },
    // The browser logs the missing worker script; that is the point of this test.
    { contextOptions: { serviceWorkers: 'block' }, allowErrors: true },
  ));

test('an engine of another build is refused with words and a reload, never misread', () =>
  withApp(
    app,
    async ({ context, page }) => {
      // A worker that speaks version 99 of the protocol.
      await context.route('**/rapport-engine_loader.js', (route) => route.fulfill({
        contentType: 'text/javascript',
        body: 'const b = new Uint8Array([99, 0, 0, 0, 0]).buffer; postMessage(b, [b]);',
      }));
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: 'Rapport was updated meanwhile' });
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Reload' }).waitFor();
      assert.equal(await page.locator('#app').getAttribute('data-ready'), 'false', 'nothing was opened');
    },
    { contextOptions: { serviceWorkers: 'block' } },
  ));

test('an engine worker that ends restarts on its own, and every edit, saved or still saving, is kept once', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Hakan Polat' });
    for (let i = 1; i <= 3; i++) await logInteraction(page, { summary: `Call ${i}` });
    await whenSaved(page);
    await killEngine(page);
    // The page goes on with the new engine: what it showed is still shown.
    await eventually(async () => assert.deepEqual((await historySummaries(page)).sort(), ['Call 1', 'Call 2', 'Call 3']));
    await logInteraction(page, { summary: 'After the restart' });
    await whenSaved(page);
    // A burst, and the engine ends before it can have stored all of it.
    for (let i = 4; i <= 6; i++) await logInteraction(page, { summary: `Call ${i}` });
    await killEngine(page);
    const expected = ['After the restart', 'Call 1', 'Call 2', 'Call 3', 'Call 4', 'Call 5', 'Call 6'];
    await eventually(async () => assert.deepEqual((await historySummaries(page)).sort(), expected));
    await whenSaved(page);
    await eventually(async () => assert.equal(await pendingEntries(page), 0));
    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
    assert.deepEqual((await historySummaries(page)).sort(), expected);
  }));

test('an edit the browser did not store before the page went is applied at the next start', () =>
  withApp(app, async ({ context, page, errors }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Hakan Polat' });
    await whenSaved(page);
    // Writes fail where the engine writes, as a disk that fills up would.
    const engine = await engineOf(page);
    await engine.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await logInteraction(page, { summary: 'Teklif görüşmesi' });
    await eventually(async () => assert.notEqual((await saveStatus(page).innerText()).trim(), 'Saved'));
    assert.equal(await pendingEntries(page), 1, 'the edit waits in the pending log');
    const url = page.url();
    await page.close();

    const again = await openPage(context, url, { errors });
    await again.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
    await eventually(async () => assert.deepEqual(await historySummaries(again), ['Teklif görüşmesi']));
    // The user is told what was nearly lost, and that it is kept.
    const notice = again.getByRole('status').filter({ hasText: '1 change was not saved yet when Rapport last stopped' });
    await notice.waitFor();
    await whenSaved(again);
    await eventually(async () => assert.equal(await pendingEntries(again), 0));
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await reload(again);
    assert.deepEqual(await historySummaries(again), ['Teklif görüşmesi']);
    assert.equal(await again.getByText('was not saved yet when Rapport last stopped').count(), 0, 'told once');
  }));

test('an edit stored just before the page went is not applied twice from the pending log', () =>
  withApp(app, async ({ context, page, errors }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Hakan Polat' });
    await whenSaved(page);
    // The page ends between the engine's commit and the log's cleanup: the entry stays.
    await page.evaluate(() => {
      const remove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (key) {
        if (!String(key).startsWith('rapport.pending.')) remove.call(this, key);
      };
    });
    await logInteraction(page, { summary: 'Tek sefer' });
    await whenSaved(page);
    assert.equal(await pendingEntries(page), 1, 'the stored edit is still in the log');
    const url = page.url();
    await page.close();

    const again = await openPage(context, url, { errors });
    await again.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
    // The receipt stored with the edit says it is there: the log entry goes, nothing doubles.
    await eventually(async () => assert.equal(await pendingEntries(again), 0));
    assert.deepEqual(await historySummaries(again), ['Tek sefer']);
    assert.equal(await again.getByText('not saved yet when Rapport last stopped').count(), 0, 'nothing was recovered');
    await reload(again);
    assert.deepEqual(await historySummaries(again), ['Tek sefer']);
  }));

/** Whether the read model kept for the next start holds `text` (its strings are UTF-8). */
const keptModelHolds = (page, text) => page.evaluate(async (text) => {
  const db = await new Promise((ok, fail) => {
    const opening = indexedDB.open('rapport');
    opening.onsuccess = () => ok(opening.result);
    opening.onerror = () => fail(opening.error);
  });
  const bytes = await new Promise((ok, fail) => {
    const request = db.transaction('projection').objectStore('projection').get('read-model');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  db.close();
  return bytes !== undefined && new TextDecoder().decode(bytes).includes(text);
}, text);

/**
 * Holds the engine's reading of the stored workspace until `self.releaseLoad()` runs in
 * the worker, as a large workspace keeps it loading for seconds.
 */
function holdWorkspaceLoad() {
  let release;
  const released = new Promise((ok) => { release = ok; });
  self.releaseLoad = release;
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name !== 'chunks') return request;
    let handler = null;
    Object.defineProperty(request, 'onsuccess', {
      configurable: true,
      get: () => handler,
      set: (fn) => { handler = fn; },
    });
    request.addEventListener('success', (event) => {
      released.then(() => handler?.call(request, event));
    });
    return request;
  };
}

const WHILE_LOADING = 'Yükleme sırasında';

test('a start draws every page from the kept read model and takes edits while the workspace still loads', () =>
  withApp(
    app,
    async ({ context, page }) => {
      await join(page, 'Ayşe Yılmaz');
      await createCustomer(page, { name: 'Hakan Polat' });
      await logInteraction(page, { summary: 'İlk görüşme' });
      await createCustomer(page, { name: 'Zeynep Demir', stage: 'Awareness' });
      await whenSaved(page);
      // Kept once the changes settled.
      await eventually(async () => assert.ok(await keptModelHolds(page, 'Zeynep Demir')), { timeout: 10_000 });

      await runInEngineFirst(context, holdWorkspaceLoad);
      await page.reload();
      await waitForApp(page);
      // Every page is drawn while the engine still reads the workspace.
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Hakan Polat', 'Zeynep Demir']);
      await navigateTo(page, 'Board');
      await page.getByRole('main').getByText('Zeynep Demir').first().waitFor();
      await openCustomer(page, 'Hakan Polat');
      assert.deepEqual(await historySummaries(page), ['İlk görüşme']);

      // An edit now is accepted, kept in the pending log, and said to be still saving.
      const form = logForm(page);
      await fillInteractionForm(form, { summary: WHILE_LOADING });
      await form.getByRole('button', { name: 'Log an interaction' }).click();
      await eventually(async () => assert.equal(await pendingEntries(page), 1));
      await eventually(async () => assert.match((await saveStatus(page).innerText()).trim(), /^Saving/));
      assert.deepEqual(await historySummaries(page), ['İlk görüşme'], 'held: the engine has not applied it yet');

      // Once the workspace is read, the edit is applied and stored.
      await (await engineOf(page)).evaluate(() => self.releaseLoad());
      await eventually(async () => assert.deepEqual((await historySummaries(page)).sort(), [WHILE_LOADING, 'İlk görüşme']));
      await whenSaved(page);
      await eventually(async () => assert.equal(await pendingEntries(page), 0));

      // Again, and this time the page goes before the workspace was read.
      await eventually(async () => assert.ok(await keptModelHolds(page, WHILE_LOADING)), { timeout: 10_000 });
      await page.reload();
      await waitForApp(page);
      await navigateTo(page, 'Customers');
      await openCustomer(page, 'Hakan Polat');
      await fillInteractionForm(form, { summary: 'Sayfa kapanmadan' });
      await form.getByRole('button', { name: 'Log an interaction' }).click();
      await eventually(async () => assert.equal(await pendingEntries(page), 1));
      await context.unroute('**/rapport-engine_loader.js');
      await page.reload();
      await waitForApp(page);
      await navigateTo(page, 'Customers');
      await openCustomer(page, 'Hakan Polat');
      await eventually(async () => assert.deepEqual(
        (await historySummaries(page)).sort(), ['Sayfa kapanmadan', WHILE_LOADING, 'İlk görüşme']));
      await whenSaved(page);
      await eventually(async () => assert.equal(await pendingEntries(page), 0));
    },
    { contextOptions: { serviceWorkers: 'block' } },
  ));

/** The engine's clock runs 100 times faster: five quiet minutes pass in three seconds. */
function fastClock() {
  const speed = 100;
  const start = Date.now();
  const now = Date.now.bind(Date);
  Date.now = () => start + (now() - start) * speed;
  const later = self.setTimeout.bind(self);
  self.setTimeout = (run, ms = 0, ...args) => later(run, ms / speed, ...args);
}

const engineRuns = (page) => page.workers().some((w) => w.url().endsWith('/rapport-engine_loader.js'));

test('an engine left alone ends at rest, and the next edit starts another that loses nothing, undo included', () =>
  withApp(
    app,
    async ({ page }) => {
      await join(page, 'Ayşe Yılmaz');
      await createCustomer(page, { name: 'Hakan Polat' });
      await logInteraction(page, { summary: 'Dinlenmeden önce' });
      await whenSaved(page);
      // Quiet for "five minutes": the page ends the engine, and its memory with it.
      await eventually(async () => assert.equal(engineRuns(page), false), { timeout: 20_000 });
      assert.equal(await page.locator('#app').getAttribute('data-opened'), 'false');
      // The page still shows everything.
      assert.deepEqual(await historySummaries(page), ['Dinlenmeden önce']);
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Hakan Polat']);

      // The next edit starts a new engine; the edit is applied and stored.
      await openCustomer(page, 'Hakan Polat');
      await logInteraction(page, { summary: 'Dinlendikten sonra' });
      assert.equal(engineRuns(page), true);
      await whenSaved(page);
      assert.deepEqual((await historySummaries(page)).sort(), ['Dinlendikten sonra', 'Dinlenmeden önce']);

      // Rest again; undo still reaches back to the action before it.
      await eventually(async () => assert.equal(engineRuns(page), false), { timeout: 20_000 });
      await page.locator('main h1').click();
      await page.keyboard.press('Control+z');
      await page.locator('.toast-region[role="status"]').getByText(/^Undone/).waitFor();
      assert.deepEqual(await historySummaries(page), ['Dinlenmeden önce']);
      await whenSaved(page);
      await reload(page);
      assert.deepEqual(await historySummaries(page), ['Dinlenmeden önce']);
    },
    { engineInit: fastClock },
  ));

test('a tab whose engine rests still shows what another tab stores', () =>
  withApp(
    app,
    async ({ context, page, errors }) => {
      await join(page, 'Ayşe Yılmaz');
      await createCustomer(page, { name: 'Hakan Polat' });
      await whenSaved(page);
      await navigateTo(page, 'Customers');
      await eventually(async () => assert.equal(engineRuns(page), false), { timeout: 20_000 });

      const other = await openPage(context, page.url(), { errors });
      await createCustomer(other, { name: 'Zeynep Demir' });
      await whenSaved(other);
      await eventually(async () => expectListed(page, ['Hakan Polat', 'Zeynep Demir']), { timeout: 15_000 });
      assert.equal(engineRuns(page), true);
    },
    { engineInit: fastClock },
  ));
