// Colleagues exchange sync files (no server): one joins with the other's file, changes go
// both ways, and damaged, foreign, encrypted or dropped files are handled as a user expects.
// Each colleague is a browser context of their own, so each has their own storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openApp } from './harness.mjs';
import {
  createCustomer,
  escape,
  eventually,
  field,
  historySummaries,
  join,
  logInteraction,
  openCustomer,
  reload,
  useApp,
} from './app.mjs';
import {
  ANYONE,
  MESSAGES,
  applyFile,
  chooseFile,
  colleagueRows,
  counts,
  expectCustomers,
  exportFile,
  forColleague,
  importAlert,
  importSection,
  preview,
  previewText,
  receive,
  send,
  withColleagues,
  writeBytes,
} from './sync-app.mjs';

const app = useApp();

/** The local date in the page, as the app puts it in file names ("2026-11-22"). */
const localDate = (page) =>
  page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });

/** Ayşe's workspace, joined by Mehmet; then Mehmet sends a file back so each knows the other. */
async function shareWorkspace(ayse, mehmet, dir, customers) {
  for (const customer of customers) await createCustomer(ayse, customer);
  await send(ayse, mehmet, dir, { forWhom: ANYONE, summary: counts({ customers: [customers.length, 0] }) });
  await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe'), summary: 'nothing new' });
}

test('a colleague joins with a sync file, then changes go both ways', () =>
  withColleagues(app, ['Ayşe Yılmaz', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    await createCustomer(ayse, { name: 'Hakan Polat', city: 'Gaziantep' });
    const before = await localDate(ayse);
    const first = await exportFile(ayse, dir, { forWhom: ANYONE });
    assert.ok(
      [before, await localDate(ayse)].map((d) => `rapport-ayse-yilmaz-${d}.rapport`).includes(first.name),
      `file name ${first.name}`,
    );

    // Mehmet's app holds nothing yet: the file makes him part of Ayşe's workspace.
    await chooseFile(mehmet, first.path);
    const joining = await previewText(mehmet);
    assert.match(joining, /From Ayşe Yılmaz · \S/);
    assert.match(joining, new RegExp(escape(counts({ customers: [2, 0] }))));
    assert.match(joining, new RegExp(escape(MESSAGES.joins)));
    assert.equal(await applyFile(mehmet), `Applied: ${counts({ customers: [2, 0] })}`);
    await expectCustomers(mehmet, ['Çağrı Kaya', 'Hakan Polat']);

    // Mehmet logs a call with Hakan and adds a customer of his own, and sends them back.
    await openCustomer(mehmet, 'Hakan Polat');
    await logInteraction(mehmet, { when: '2026-11-20T10:30', summary: 'Called about the offer' });
    await createCustomer(mehmet, { name: 'Zehra Ünal', city: 'Van' });
    const back = await exportFile(mehmet, dir, { forWhom: forColleague('Ayşe Yılmaz') });
    assert.match(back.name, /^rapport-mehmet-\d{4}-\d{2}-\d{2}\.rapport$/);

    await chooseFile(ayse, back.path);
    const incoming = await previewText(ayse);
    assert.match(incoming, /From Mehmet · \S/);
    assert.match(incoming, new RegExp(escape(counts({ customers: [1, 0], interactions: [1, 0] }))));
    assert.doesNotMatch(incoming, new RegExp(escape(MESSAGES.joins)), 'Ayşe already has a workspace');
    await applyFile(ayse);

    for (const page of [ayse, mehmet]) {
      await expectCustomers(page, ['Çağrı Kaya', 'Hakan Polat', 'Zehra Ünal']);
      await openCustomer(page, 'Hakan Polat');
      await eventually(async () => assert.deepEqual(await historySummaries(page), ['Called about the offer']));
    }

    // Who received what, and when, as each of them sees it ("Never", or a date and time).
    const never = 'Never';
    const dateTime = /\d{4}.*\d{1,2}:\d{2}/;
    const atMehmet = await colleagueRows(mehmet);
    assert.match(atMehmet['Ayşe Yılmaz'].received, dateTime, 'Mehmet received from Ayşe');
    assert.match(atMehmet['Ayşe Yılmaz'].sent, dateTime, 'Mehmet sent to Ayşe');
    assert.deepEqual(atMehmet.Mehmet, { received: never, sent: never }, 'nothing goes to oneself');
    const atAyse = await colleagueRows(ayse);
    assert.match(atAyse.Mehmet.received, dateTime, 'Ayşe received from Mehmet');
    assert.deepEqual(atAyse['Ayşe Yılmaz'], { received: never, sent: never }, 'nothing goes to oneself');

    // The same file again brings nothing and changes nothing.
    await chooseFile(ayse, back.path);
    assert.match(await previewText(ayse), /nothing new/);
    assert.equal(await applyFile(ayse), 'Applied: nothing new');
    await expectCustomers(ayse, ['Çağrı Kaya', 'Hakan Polat', 'Zehra Ünal']);
    await openCustomer(ayse, 'Hakan Polat');
    await eventually(async () => assert.deepEqual(await historySummaries(ayse), ['Called about the offer']));
  }));

test('interactions logged on one customer by both at once reach both timelines', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await shareWorkspace(ayse, mehmet, dir, [{ name: 'Deniz Aydın', city: 'Rize' }]);
    for (const [page, when, summary] of [
      [ayse, '2026-11-21T09:00', 'Ayşe visited the shop'],
      [mehmet, '2026-11-21T11:15', 'Mehmet sent the price list'],
    ]) {
      await expectCustomers(page, ['Deniz Aydın']);
      await openCustomer(page, 'Deniz Aydın');
      await logInteraction(page, { when, summary });
    }
    const oneNew = counts({ interactions: [1, 0] });
    await send(ayse, mehmet, dir, { forWhom: forColleague('Mehmet'), summary: oneNew });
    await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe'), summary: oneNew });
    for (const page of [ayse, mehmet]) {
      await expectCustomers(page, ['Deniz Aydın']);
      await openCustomer(page, 'Deniz Aydın');
      await eventually(async () =>
        assert.deepEqual(await historySummaries(page), ['Mehmet sent the price list', 'Ayşe visited the shop']),
      );
    }
  }));

test('a file under a passphrase opens only with the right passphrase', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await shareWorkspace(ayse, mehmet, dir, [{ name: 'Deniz Aydın', city: 'Rize' }]);
    await createCustomer(ayse, { name: 'Gizli Müşteri', city: 'Bursa' });
    const file = await exportFile(ayse, dir, { forWhom: forColleague('Mehmet'), passphrase: 'kırmızı elma 42' });

    await chooseFile(mehmet, file.path);
    const section = importSection(mehmet);
    const passphrase = field(section, 'Passphrase');
    await passphrase.waitFor();
    assert.equal(await preview(mehmet).count(), 0, 'nothing is previewed before the passphrase');

    await passphrase.fill('yeşil elma 42');
    await section.getByRole('button', { name: 'Open the file' }).click();
    await importAlert(mehmet).filter({ hasText: MESSAGES.wrongPassphrase }).waitFor();
    assert.equal(await preview(mehmet).count(), 0);
    await expectCustomers(mehmet, ['Deniz Aydın']);
    await reload(mehmet);
    await expectCustomers(mehmet, ['Deniz Aydın']);

    await chooseFile(mehmet, file.path);
    await field(section, 'Passphrase').fill('kırmızı elma 42');
    await section.getByRole('button', { name: 'Open the file' }).click();
    assert.match(await previewText(mehmet), new RegExp(escape(counts({ customers: [1, 0] }))));
    assert.equal(await importAlert(mehmet).innerText(), '', 'the earlier error is gone');
    await applyFile(mehmet);
    await expectCustomers(mehmet, ['Deniz Aydın', 'Gizli Müşteri']);
  }));

test('damaged, truncated, newer and foreign files are refused and change nothing', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await shareWorkspace(ayse, mehmet, dir, [{ name: 'Deniz Aydın', city: 'Rize' }]);
    await createCustomer(ayse, { name: 'Ece Demir', city: 'Muğla' });
    const good = await exportFile(ayse, dir, { forWhom: forColleague('Mehmet') });

    const flipped = Buffer.from(good.bytes);
    flipped[flipped.length >> 1] ^= 0x20;
    const newer = Buffer.from(good.bytes);
    newer.writeUInt16LE(99, 8); // the format version
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    // Nonsense under a right checksum: the layout holds, the payload (not deflated) does not.
    const headerEnd = 16 + good.bytes.readUInt32LE(12);
    const nonsense = Buffer.concat([
      good.bytes.subarray(0, headerEnd),
      Buffer.from('<script>alert(1)</script> not Automerge at all'),
    ]);
    nonsense.writeUInt16LE(0, 10); // the flags: neither encrypted nor deflated
    const sealed = Buffer.concat([nonsense, createHash('sha256').update(nonsense).digest()]);
    // Ordered so that no two in a row give the same message: each waits for its own.
    const refused = [
      ['nonsense.rapport', sealed, MESSAGES.unreadable],
      ['flipped.rapport', flipped, MESSAGES.damaged],
      ['pixel.png', png, MESSAGES.notSyncFile],
      ['truncated.rapport', good.bytes.subarray(0, good.bytes.length - 100), MESSAGES.damaged],
      ['newer.rapport', newer, MESSAGES.newer],
      ['notes.txt', Buffer.from('Meeting notes: call Ece on Monday.\n'), MESSAGES.notSyncFile],
    ];
    for (const [name, bytes, message] of refused) {
      await chooseFile(mehmet, await writeBytes(dir, name, bytes));
      await importAlert(mehmet).filter({ hasText: message }).waitFor();
      assert.equal(await importAlert(mehmet).innerText(), message, name);
      assert.equal(await preview(mehmet).count(), 0, `${name} is not previewed`);
    }
    await reload(mehmet);
    await expectCustomers(mehmet, ['Deniz Aydın']);

    // The intact file itself was fine.
    await receive(mehmet, good.path, counts({ customers: [1, 0] }));
    await expectCustomers(mehmet, ['Deniz Aydın', 'Ece Demir']);
  }));

test('a newcomer given a file of recent changes only is told to ask for the whole workspace', () =>
  withColleagues(app, ['Ayşe', 'Mehmet', 'Zeynep'], async ([ayse, mehmet, zeynep], dir) => {
    await shareWorkspace(ayse, mehmet, dir, [{ name: 'Deniz Aydın', city: 'Rize' }]);
    await createCustomer(ayse, { name: 'Ece Demir', city: 'Muğla' });
    const recent = await exportFile(ayse, dir, { forWhom: forColleague('Mehmet') });

    await chooseFile(zeynep, recent.path);
    await importAlert(zeynep).filter({ hasText: MESSAGES.needsWhole }).waitFor();
    assert.equal(await preview(zeynep).count(), 0, 'nothing to preview');
    await reload(zeynep);
    const whole = await exportFile(ayse, dir, { forWhom: ANYONE });
    await receive(zeynep, whole.path, counts({ customers: [2, 0] }));
    await expectCustomers(zeynep, ['Deniz Aydın', 'Ece Demir']);
  }));

test("a file from another workspace is not mixed into one's own", () =>
  withColleagues(app, ['Ayşe', 'Zeynep'], async ([ayse, zeynep], dir) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    const file = await exportFile(ayse, dir, { forWhom: ANYONE });
    await createCustomer(zeynep, { name: 'Orhan Kurt', city: 'Edirne' });

    await chooseFile(zeynep, file.path);
    await importAlert(zeynep).filter({ hasText: MESSAGES.otherWorkspace }).waitFor();
    assert.equal(await preview(zeynep).count(), 0);
    await expectCustomers(zeynep, ['Orhan Kurt']);
    await reload(zeynep);
    await expectCustomers(zeynep, ['Orhan Kurt']);
    const rows = await colleagueRows(zeynep);
    assert.deepEqual(Object.keys(rows), ['Zeynep'], 'Ayşe did not become a colleague');
  }));

test('a sync file dropped on any page opens on Sync files with its preview', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    const file = await exportFile(ayse, dir, { forWhom: ANYONE });
    await expectCustomers(mehmet, []);

    const bytes = [...(await readFile(file.path))];
    const transfer = await mehmet.evaluateHandle(
      ([bytes, name]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
        return dt;
      },
      [bytes, file.name],
    );
    await mehmet.evaluate((dataTransfer) => {
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
      }
    }, transfer);

    await mehmet.waitForURL(/#\/sync$/);
    await mehmet.getByRole('heading', { level: 1, name: 'Sync files' }).waitFor();
    const text = await previewText(mehmet);
    assert.match(text, /From Ayşe · \S/);
    assert.match(text, new RegExp(escape(counts({ customers: [1, 0] }))));
    await applyFile(mehmet);
    await expectCustomers(mehmet, ['Çağrı Kaya']);
  }));

/** In the engine's worker: every message to the page comes 400 ms late, as on a big workspace. */
function slowEngine() {
  const post = self.postMessage.bind(self);
  self.postMessage = (...args) => setTimeout(() => post(...args), 400);
}

test('joining shows what is under way with a bar, and says applied only once saved', () =>
  withColleagues(app, ['Ayşe Yılmaz'], async ([ayse], dir) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    const file = await exportFile(ayse, dir, { forWhom: ANYONE });
    const mehmet = await openApp(app.browser, app.url, { engineInit: slowEngine });
    try {
      mehmet.context.setDefaultTimeout(15_000);
      const page = mehmet.page;
      await join(page, 'Mehmet');
      await chooseFile(page, file.path);
      const section = importSection(page);
      await section.getByRole('status').filter({ hasText: 'Reading…' }).waitFor();
      await section.getByRole('progressbar', { name: 'Reading…' }).waitFor();
      await previewText(page);
      assert.equal(await section.getByRole('progressbar').count(), 0, 'no bar once the preview is shown');
      await preview(page).getByRole('button', { name: 'Apply', exact: true }).click();
      await section.getByRole('progressbar', { name: /Applying…|Saving…/ }).waitFor();
      const applied = section.getByRole('status').filter({ hasText: /^\s*Applied:/ });
      await applied.waitFor();
      assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'saved');
      assert.equal(await section.getByRole('progressbar').count(), 0);
      // "Applied" came after the write committed: a reload at once keeps the workspace.
      await page.reload();
      await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
      await expectCustomers(page, ['Çağrı Kaya']);
      await page.getByText('You are: Mehmet').waitFor();
      assert.deepEqual(mehmet.errors, []);
    } finally {
      await mehmet.context.close();
    }
  }));
