// Where the work is kept: IndexedDB chunks that survive a page closed mid-burst, a full
// disk or missing storage shown (with a backup to download) and nothing lost, the
// device's storage facts and the backup reminder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineOf, openPage, runInEngineFirst } from './harness.mjs';
import {
  createCustomer,
  eventually,
  expectListed,
  historySummaries,
  join,
  logInteraction,
  navigateTo,
  openCustomer,
  reload,
  saveStatus,
  useApp,
  whenSaved,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Makes IndexedDB writes fail as on a full disk, where the engine writes (its worker);
 * returns a function that undoes it.
 */
async function fillTheDisk(page) {
  const engine = await engineOf(page);
  await engine.evaluate(() => {
    self.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  return () => engine.evaluate(() => { IDBObjectStore.prototype.put = self.__put; });
}

function refuseStorage() {
  IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
  };
}

const alert = (page) => page.getByRole('alert').filter({ hasText: 'Storage is full' });

test('a page closed in the middle of a burst of edits keeps every edit shown as saved', () =>
  withApp(app, async ({ context, page, errors }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Hakan Polat' });
    for (let i = 1; i <= 5; i++) await logInteraction(page, { summary: `Call ${i}` });
    await whenSaved(page);
    const shownSaved = await historySummaries(page);
    assert.equal(shownSaved.length, 5);
    // More edits, and the tab closes without waiting for anything.
    for (let i = 6; i <= 8; i++) await logInteraction(page, { summary: `Call ${i}` });
    const url = page.url();
    const lastState = await saveStatus(page).innerText();
    const shownAtClose = await historySummaries(page);
    await page.close();

    const again = await openPage(context, url, { errors });
    await again.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
    const kept = await historySummaries(again);
    for (const summary of shownSaved) assert.ok(kept.includes(summary), `${summary} was lost: ${kept}`);
    if (lastState.trim() === 'Saved') {
      for (const summary of shownAtClose) assert.ok(kept.includes(summary), `${summary} was lost`);
    }
  }));

test('every write the user waits for is durable, and leaving while one is still pending asks first', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    // Records each read-write transaction's durability where the engine writes (its
    // worker), and holds back the "committed" event while __hold is set, as a slow disk
    // would.
    const engine = await engineOf(page);
    await engine.evaluate(() => {
      self.__durability = [];
      self.__hold = 0;
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (names, mode, options) {
        const transaction = open.call(this, names, mode, options);
        if (mode === 'readwrite') self.__durability.push(transaction.durability);
        return transaction;
      };
      const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
      Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
        configurable: true,
        get() { return complete.get.call(this); },
        set(handler) {
          const held = self.__hold;
          complete.set.call(this, handler && ((event) => setTimeout(() => handler.call(this, event), held)));
        },
      });
    });
    await createCustomer(page, { name: 'Kalıcı Kayıt' });
    await whenSaved(page);
    const durability = await engine.evaluate(() => self.__durability);
    assert.ok(durability.length > 0, 'the customer was written');
    assert.deepEqual([...new Set(durability)], ['strict']);

    await engine.evaluate(() => { self.__hold = 3_000; });
    await page.getByLabel('City').fill('Trabzon');
    await page.getByLabel('City').blur();
    // The engine says so a moment later (its messages cross threads).
    await eventually(async () => assert.equal((await saveStatus(page).innerText()).trim(), 'Saving…'));
    const asked = new Promise((resolve) => page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    const noDialog = new Promise((_, fail) => setTimeout(() => fail(new Error('leaving did not ask')), 5_000));
    assert.equal(await Promise.race([asked, noDialog]), 'beforeunload');
    // Staying keeps the page, and once saved it leaves without asking.
    await whenSaved(page);
    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Kalıcı Kayıt' }).waitFor();
    assert.equal(await page.getByLabel('City').inputValue(), 'Trabzon');
  }));

test('a full disk shows a lasting warning, keeps the work, offers a backup, and saves once space is back', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Önce Kaydedilen' });
    await whenSaved(page);
    const restore = await fillTheDisk(page);

    await createCustomer(page, { name: 'Disk Dolu' });
    await alert(page).waitFor();
    assert.equal((await saveStatus(page).innerText()).trim(), 'Not saved');
    // The work is still shown, on every page.
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Disk Dolu', 'Önce Kaydedilen']);
    await alert(page).waitFor();
    // Later changes fail too, and the warning stays.
    await createCustomer(page, { name: 'Yine Dolu' });
    await alert(page).waitFor();

    // A backup of everything is offered.
    const downloading = page.waitForEvent('download');
    await alert(page).getByRole('button', { name: 'Download a backup' }).click();
    const backup = await downloading;
    assert.match(backup.suggestedFilename(), /^rapport-ayse-yilmaz-\d{4}-\d{2}-\d{2}\.rapport$/);

    await restore();
    await alert(page).getByRole('button', { name: 'Try again' }).click();
    await eventually(async () => assert.equal(await alert(page).count(), 0));
    await whenSaved(page);
    await reload(page);
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Disk Dolu', 'Önce Kaydedilen', 'Yine Dolu']);
  }));

test('a browser that stores nothing (private mode) says so and the app works in memory', () =>
  withApp(
    app,
    async ({ page }) => {
      await join(page, ME);
      const warning = page.getByRole('alert').filter({ hasText: 'does not let Rapport store data' });
      await warning.waitFor();
      await createCustomer(page, { name: 'Bellekte Kalan' });
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Bellekte Kalan']);
      await warning.waitFor();
      assert.equal(await warning.getByRole('button', { name: 'Try again' }).count(), 0);
      const downloading = page.waitForEvent('download');
      await warning.getByRole('button', { name: 'Download a backup' }).click();
      assert.match((await downloading).suggestedFilename(), /\.rapport$/);
    },
    // IndexedDB refuses to open, as in some private windows: on the page and in the
    // engine's worker.
    { init: refuseStorage, engineInit: refuseStorage },
  ));

test('the sync page tells how this device keeps the data and when the last backup was made', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Yedeklenecek' });
    await navigateTo(page, 'Sync files');
    const device = page.getByRole('region', { name: 'Data on this device' });
    await device.waitFor();
    await device.getByText(/persistent/).first().waitFor();
    await eventually(async () => assert.match(await device.innerText(), /Space used\s*\d+\.\d MB/));
    await eventually(async () => assert.match(await device.innerText(), /Last backup\s*Never/));
    const downloading = page.waitForEvent('download');
    await device.getByRole('button', { name: 'Download a backup' }).click();
    const backup = await downloading;
    await device.getByRole('status').filter({ hasText: `Backup downloaded: ${backup.suggestedFilename()}` }).waitFor();
    await eventually(async () => assert.doesNotMatch(await device.innerText(), /Last backup\s*Never/));
  }));

test('after two weeks without a backup or a sync file the app reminds the user', () =>
  withApp(app, async ({ page }) => {
    const start = Date.parse('2026-11-01T09:00:00Z');
    await page.clock.setFixedTime(start);
    await reload(page);
    await join(page, ME);
    await createCustomer(page, { name: 'Unutulmuş Müşteri' });
    const reminder = page.getByRole('status').filter({ hasText: 'No backup and no sync file' });
    assert.equal(await reminder.count(), 0);

    await page.clock.setFixedTime(start + 15 * DAY);
    await reload(page);
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /for 15 days/);
    const downloading = page.waitForEvent('download');
    await reminder.getByRole('button', { name: 'Download a backup' }).click();
    await downloading;
    await eventually(async () => assert.equal(await reminder.count(), 0));
    await reload(page);
    assert.equal(await reminder.count(), 0);
    // The reminder went away; the customer did not.
    await navigateTo(page, 'Customers');
    await openCustomer(page, 'Unutulmuş Müşteri');
  }));

test('while a workspace opens, the list as last saved is shown at once, then the live list', () =>
  withApp(app, async ({ context, page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Zerrin Aksoy', city: 'Rize' });
    await createCustomer(page, { name: 'Çetin Bulut', company: 'Deniz Lojistik' });
    await navigateTo(page, 'Customers');
    await whenSaved(page);
    // The first screen is kept once changes settle.
    await page.waitForTimeout(2_500);

    // Next start: the engine's reading of the workspace is held back until the test lets
    // it go.
    await runInEngineFirst(context, () => {
      const waiting = [];
      self.__releaseWorkspace = () => { self.__released = true; waiting.splice(0).forEach((go) => go()); };
      const getAll = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function (...args) {
        const request = getAll.apply(this, args);
        if (this.name === 'chunks' && !self.__released) {
          let handler = null;
          Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (fn) => { handler = fn; } });
          request.addEventListener('success', (event) => waiting.push(() => handler?.(event)));
        }
        return request;
      };
    });
    await page.reload();
    const table = page.getByRole('main').getByRole('table');
    await page.getByRole('status').filter({ hasText: 'Showing the list as last saved' }).waitFor();
    await eventually(async () => {
      const names = await table.getByRole('row').allInnerTexts();
      assert.equal(names.length, 4, names.join(' | '));
      assert.match(names[1], /^Çetin Bulut\s+Deniz Lojistik/);
      assert.match(names[3], /^Zerrin Aksoy\s+Rize/);
    });
    assert.equal(await page.locator('#app').getAttribute('data-ready'), 'false');

    await (await engineOf(page)).evaluate(() => self.__releaseWorkspace());
    await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
    await expectListed(page, ['Çetin Bulut', 'Deniz Lojistik', 'Zerrin Aksoy']);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Showing the list as last saved' }).count(), 0);
    await openCustomer(page, 'Zerrin Aksoy');
  }, { contextOptions: { serviceWorkers: 'block' } }));

test('a damaged copy of an earlier version shows the recovery page, and is left as it was', () =>
  withApp(app, async ({ page }) => {
    await page.evaluate(() => localStorage.setItem('rapport.workspace', 'AAAA$$$ not base64'));
    await page.reload();
    const recovery = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await recovery.waitFor();
    await recovery.getByRole('button', { name: 'Download the damaged data' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('rapport.workspace')), 'AAAA$$$ not base64');
  }));
