// What the app keeps to itself: a passphrase is used and forgotten (in no storage, no log,
// no URL), and nothing leaves the device unless the user turns sync on — a whole session
// of work makes requests only for the app's own files, opens no socket and no peer
// connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import {
  createCustomer, field, join, logInteraction, navigateTo, useApp, whenSaved, withApp,
} from './app.mjs';
import { engineOf } from './harness.mjs';
import { chooseFile, exportFile, importSection, previewText, ANYONE } from './sync-app.mjs';

const app = useApp();
const PASSPHRASE = 'Sır-Parola 2026 çok gizli';

/**
 * Every value the page's origin keeps, as text: localStorage, sessionStorage, every
 * IndexedDB database (bytes read as UTF-8), and the Cache Storage's entries' URLs.
 */
const everythingStored = (page) => page.evaluate(async () => {
  const out = [];
  const text = (value) => {
    if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
    if (ArrayBuffer.isView(value)) return new TextDecoder().decode(value);
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') return Object.values(value).map(text).join('\n');
    return String(value);
  };
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) out.push(`${storage.key(i)}=${storage.getItem(storage.key(i))}`);
  }
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise((ok, fail) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => ok(opening.result);
      opening.onerror = () => fail(opening.error);
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise((ok, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      for (const value of all) out.push(text(value));
    }
    db.close();
  }
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) out.push(request.url);
  }
  return out;
});

test('a passphrase is used and forgotten: it is in no storage, no log and no address', () =>
  withApp(app, async ({ page }) => {
    const logged = [];
    page.on('console', (message) => logged.push(message.text()));
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-secret-'));
    await join(page, 'Ayşe Yılmaz');
    const engine = await engineOf(page);
    engine.on('console', (message) => logged.push(message.text()));
    await createCustomer(page, { name: 'Gizli Müşteri', city: 'Bursa' });
    const sealed = await exportFile(page, dir, { forWhom: ANYONE, passphrase: PASSPHRASE });
    assert.ok(!sealed.bytes.includes(Buffer.from(PASSPHRASE)), 'the file does not hold it');

    // Opened again here, with a wrong passphrase first, then the right one.
    await chooseFile(page, sealed.path);
    const section = importSection(page);
    await field(section, 'Passphrase').fill(`${PASSPHRASE} yanlış`);
    await section.getByRole('button', { name: 'Open the file' }).click();
    await section.getByRole('alert').filter({ hasText: 'passphrase' }).waitFor();
    await field(section, 'Passphrase').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Open the file' }).click();
    await previewText(page);
    await whenSaved(page);
    // The field does not keep it once the file is open.
    assert.equal(await field(section, 'Passphrase').count(), 0, 'the passphrase field is gone');

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });

    const stored = (await everythingStored(page)).join('\n');
    assert.ok(stored.includes('Gizli Müşteri'), 'the scan reads what is stored');
    assert.ok(!stored.includes(PASSPHRASE), 'a store holds the passphrase');
    assert.ok(!logged.some((line) => line.includes(PASSPHRASE)), 'a log line holds the passphrase');
    assert.ok(![page.url(), await page.title()].some((t) => t.includes(PASSPHRASE) || t.includes(encodeURIComponent(PASSPHRASE))));
  }));

test('without sync turned on, a day of work makes no request beyond the app itself, and no connection', () =>
  withApp(app, async ({ page, context }) => {
    const origin = new URL(app.url).origin;
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const sockets = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.evaluate(() => {
      window.__peers = 0;
      const Peer = window.RTCPeerConnection;
      window.RTCPeerConnection = function (...args) {
        window.__peers++;
        return new Peer(...args);
      };
    });
    // The counter must see the app's own calls: the app binds the global when it calls it.
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, {
      name: 'Ağ Testi', emails: 'ag@ornek.com.tr', phones: '0532 111 22 33', city: 'İzmir', notes: 'https://ornek.com.tr/teklif',
    });
    await logInteraction(page, { summary: 'Teklif: https://ornek.com.tr/x.png' });
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-offline-'));
    const csv = joinPath(dir, 'liste.csv');
    await writeFile(csv, 'Ad Soyad;Şehir;Web\r\nMüşteri Bir;Ankara;https://ornek.com.tr\r\n');
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(csv);
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.locator('.import-summary').waitFor();
    await exportFile(page, dir, { forWhom: ANYONE });
    for (const name of ['Customers', 'Today', 'Board', 'Dashboard', 'Duplicates', 'Archive', 'Sync files', 'Import & export']) {
      await navigateTo(page, name).catch(() =>
        page.getByRole('navigation').getByRole('link', { name, exact: true }).click());
    }
    await whenSaved(page);
    await page.waitForTimeout(1_000);

    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
    assert.deepEqual(foreign, [], 'requests beyond the app');
    assert.deepEqual(sockets, [], 'WebSockets opened');
    assert.equal(await page.evaluate(() => window.__peers), 0, 'peer connections made');
  }));
