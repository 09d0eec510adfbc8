// Storage faults, injected where the engine writes (its worker): the Nth write to the
// store fails — refused for quota, or its transaction aborted — and goes on failing until
// the fault is gone; a compaction meets a full disk. Each time what was saved stays, the
// app says in words what happened, and once the fault is gone "Try again" saves the rest:
// after a reload, every edit is there once. Beside the store: the site's data cleared
// while the app is open, and the news between tabs lost.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { engineOf, openPage } from './harness.mjs';
import {
  createCustomer, eventually, historySummaries, join, listedNames, logInteraction, navigateTo, reload, saveStatus,
  useApp, whenSaved, withApp,
} from './app.mjs';

const app = useApp();
// What the file did, printed at its end for the README's reliability table.
const tally = { cases: 0, faults: 0, edits: 0 };
after(() => console.log(`storage faults: ${tally.cases} cases passed, ${tally.faults} faults injected, ${tally.edits} edits made under them and found stored once after`));

/** Runs first in the engine's worker: a switchable fault at the store's writes. */
function faultyStore() {
  self.__faults = { at: Infinity, kind: null, writes: 0, fired: 0 };
  self.__held = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const faults = self.__faults;
    if (this.name !== 'chunks') return put.apply(this, args);
    faults.writes++;
    if (!faults.kind || faults.writes < faults.at) return put.apply(this, args);
    faults.fired++;
    if (faults.kind === 'hang') {
      // The transaction commits, but the browser never says so (a disk that hangs):
      // its "complete" is held until the fault is gone.
      const request = put.apply(this, args);
      const transaction = this.transaction;
      let held = null;
      Object.defineProperty(transaction, 'oncomplete', {
        configurable: true,
        get: () => held,
        set: (handler) => { held = handler; },
      });
      transaction.addEventListener('complete', (event) => {
        self.__held.push(() => held?.call(transaction, event));
      });
      return request;
    }
    if (faults.kind === 'quota') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    // 'abort': the request is made, then its transaction is aborted, as a browser does
    // when the disk fails under it.
    const request = put.apply(this, args);
    this.transaction.abort();
    return request;
  };
}

/** Makes the `n`th write from now fail, and every one after it, with `kind`. */
const faultAt = async (page, n, kind) => (await engineOf(page)).evaluate(
  ([n, kind]) => Object.assign(self.__faults, { at: self.__faults.writes + n, kind }), [n, kind]);
const faultGone = async (page) => (await engineOf(page)).evaluate(() => {
  self.__faults.kind = null;
  for (const release of self.__held.splice(0)) release();
  return self.__faults.fired;
});

const WORDS = {
  quota: 'Storage is full',
  abort: 'Could not save: the browser refused to store.',
};

for (const kind of ['quota', 'abort']) {
  for (const n of [1, 2, 3]) {
    test(`write ${n} from now fails (${kind}): saved work stays, the app says so, and "Try again" saves the rest`, () =>
      withApp(app, async ({ page }) => {
        await join(page, 'Ayşe Yılmaz');
        await createCustomer(page, { name: 'Hakan Polat' });
        await logInteraction(page, { summary: 'Önce 1' });
        await whenSaved(page);
        await faultAt(page, n, kind);
        const made = [];
        for (let i = 1; i <= 4; i++) {
          await logInteraction(page, { summary: `Arıza ${i}` });
          made.push(`Arıza ${i}`);
        }
        const alert = page.getByRole('alert').filter({ hasText: WORDS[kind] });
        await alert.waitFor();
        await eventually(async () => assert.equal((await saveStatus(page).innerText()).trim(), 'Not saved'));
        // Everything is still shown while it waits.
        assert.deepEqual((await historySummaries(page)).sort(), ['Önce 1', ...made].sort());

        const fired = await faultGone(page);
        assert.ok(fired > 0, 'the fault happened');
        await alert.getByRole('button', { name: 'Try again' }).click();
        await alert.waitFor({ state: 'detached' });
        await whenSaved(page);
        await reload(page);
        await page.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
        const expected = ['Önce 1', ...made].sort();
        await eventually(async () => assert.deepEqual((await historySummaries(page)).sort(), expected));
        Object.assign(tally, { cases: tally.cases + 1, faults: tally.faults + fired, edits: tally.edits + made.length });
      }, { engineInit: faultyStore }));
  }
}

test('a full disk in the middle of a compaction keeps every chunk it would have replaced', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Sıkıştırma Testi' });
    // Enough changes that the store wants to compact (its chunks outgrow the snapshot).
    const engine = await engineOf(page);
    await engine.evaluate(() => {
      // The compaction is the write that deletes chunks: it fails at its snapshot's put.
      const del = IDBObjectStore.prototype.delete;
      self.__compactions = 0;
      IDBObjectStore.prototype.delete = function (...args) {
        if (this.name === 'chunks') self.__compactions++;
        return del.apply(this, args);
      };
    });
    let i = 0;
    while ((await engine.evaluate(() => self.__compactions)) === 0 && i < 60) {
      await logInteraction(page, { summary: `Not ${++i} ${'x'.repeat(2_000)}` });
    }
    assert.ok(i < 60, 'a compaction ran');
    await whenSaved(page);
    // Now every write fails: the next compaction too, in its one transaction.
    await faultAt(page, 1, 'quota');
    const before = i;
    for (let k = 0; k < 20; k++) await logInteraction(page, { summary: `Not ${++i} ${'y'.repeat(2_000)}` });
    await page.getByRole('alert').filter({ hasText: WORDS.quota }).waitFor();
    const fired = await faultGone(page);
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await whenSaved(page);
    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Sıkıştırma Testi' }).waitFor();
    await eventually(async () => assert.equal((await historySummaries(page)).length, i));
    assert.ok(i > before);
    Object.assign(tally, { cases: tally.cases + 1, faults: tally.faults + fired, edits: tally.edits + i - before });
  }, { engineInit: faultyStore }));

test('a write the browser never confirms: saving is said to be stuck, leaving asks first, and it ends well when the browser answers', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Hakan Polat' });
    await whenSaved(page);
    await faultAt(page, 1, 'hang');
    await logInteraction(page, { summary: 'Takılan kayıt' });
    await logInteraction(page, { summary: 'Sonraki kayıt' });
    assert.equal((await saveStatus(page).innerText()).trim(), 'Saving…');
    const stuck = page.getByRole('alert').filter({ hasText: 'Saving is taking longer than it should' });
    await stuck.waitFor({ timeout: 20_000 });
    assert.deepEqual((await historySummaries(page)).sort(), ['Sonraki kayıt', 'Takılan kayıt']);
    // Leaving now asks first.
    const asked = new Promise((resolve) => page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');

    const fired = await faultGone(page);
    assert.ok(fired > 0, 'the fault happened');
    await stuck.waitFor({ state: 'detached' });
    await whenSaved(page);
    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
    assert.deepEqual((await historySummaries(page)).sort(), ['Sonraki kayıt', 'Takılan kayıt']);
    Object.assign(tally, { cases: tally.cases + 1, faults: tally.faults + fired, edits: tally.edits + 2 });
  }, { engineInit: faultyStore }));

test('the site\'s data cleared while the app is open: the app says so, stores everything again, and a reload finds it all', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Silinen Bir' });
    await createCustomer(page, { name: 'Silinen İki' });
    await whenSaved(page);
    // What "Clear site data" does (and what a browser does reclaiming a site's space).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
    const notice = page.getByRole('status').filter({ hasText: 'The browser removed Rapport\'s data from this device' });
    await notice.waitFor();
    await whenSaved(page);
    await createCustomer(page, { name: 'Silinen Üç' });
    await whenSaved(page);
    await reload(page);
    await page.getByText('You are: Ayşe Yılmaz').waitFor();
    await navigateTo(page, 'Customers');
    assert.deepEqual((await listedNames(page)).sort(), ['Silinen Bir', 'Silinen Üç', 'Silinen İki'].sort());
    tally.cases++;
    tally.faults++;
    tally.edits += 3;
  }));

/** Runs first on every page and in every engine: no tab hears another's news. */
function silentTabs() {
  BroadcastChannel.prototype.postMessage = function () {};
}

test('news between tabs lost: each tab still shows the other\'s edits within seconds, and both are stored', () =>
  withApp(app, async ({ page, context, errors }) => {
    await join(page, 'Ayşe Yılmaz');
    const other = await openPage(context, app.url, { errors });
    other.setDefaultTimeout(10_000);
    await createCustomer(page, { name: 'Sekme Bir' });
    await navigateTo(other, 'Customers');
    await eventually(async () => assert.deepEqual(await listedNames(other), ['Sekme Bir']), { timeout: 30_000 });
    await createCustomer(other, { name: 'Sekme İki' });
    await navigateTo(page, 'Customers');
    await eventually(async () => assert.deepEqual((await listedNames(page)).sort(), ['Sekme Bir', 'Sekme İki']), { timeout: 30_000 });
    await whenSaved(other);
    await reload(page);
    await navigateTo(page, 'Customers');
    assert.deepEqual((await listedNames(page)).sort(), ['Sekme Bir', 'Sekme İki']);
    tally.cases++;
    tally.faults += 2;
    tally.edits += 2;
  }, { init: silentTabs, engineInit: silentTabs }));
