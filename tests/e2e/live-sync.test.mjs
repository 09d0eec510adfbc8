// Live sync with the stock automerge-repo sync server (npm), started here on a free
// loopback port with a temporary DATA_DIR: two colleagues see each other's edits live, a
// Node.js automerge-repo client (the official library) reads and edits the workspace, and
// a server that goes away and comes back loses nothing while the app keeps working. A
// hostile peer (a bare WebSocket server) sends malformed and foreign messages, which are
// counted and leave the workspace as it was, and then refuses the connection.
//
// The user flow: Ayşe turns live sync on (the workspace gets its automerge-repo document
// address), then sends Mehmet a sync file; Mehmet joins with it and turns live sync on with
// the same server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';

import { ImmutableString, Repo, cbor } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { WebSocketServer } from 'ws';

import { killEngine, openApp } from './harness.mjs';
import { createCustomer, eventually, field, fillCustomerForm, openNewCustomerForm, join, navigateTo, openCustomer, typeInto, useApp } from './app.mjs';
import { ANYONE, counts, exportFile, expectCustomers, receive } from './sync-app.mjs';

const app = useApp();
const require = createRequire(import.meta.url);
const LIMIT = { timeout: 120_000 };

/** A TCP port nothing listens on now (the server is told to use it). */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** Starts `npx @automerge/automerge-repo-sync-server` (its own entry) on `port`. */
async function startSyncServer(port, dataDir) {
  const entry = require.resolve('@automerge/automerge-repo-sync-server');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the sync server did not start: ${output}`)), 15_000);
    const read = (data) => {
      output += data;
      if (output.includes('Listening')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`the sync server exited (${code}): ${output}`)));
  });
  return {
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Runs `body(server)` with a sync server (`server.url`, `server.stop()`, `server.start()`:
 * again on the same port and data folder) and stops it afterwards.
 */
async function withSyncServer(body) {
  const dataDir = await mkdtemp(joinPath(tmpdir(), 'rapport-sync-server-'));
  const port = await freePort();
  let running = await startSyncServer(port, dataDir);
  const server = {
    url: `ws://127.0.0.1:${port}`,
    stop: async () => {
      await running?.stop();
      running = null;
    },
    start: async () => {
      running = await startSyncServer(port, dataDir);
    },
  };
  try {
    await body(server);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The browser's own report of a refused WebSocket, expected while the server is down. */
const isRefusedSocket = (error) => /WebSocket connection to .* failed/.test(error);

/** One colleague per name, each a browser profile of their own, joined by name. */
async function withColleagues(names, body, { serverDown = false } = {}) {
  const sessions = [];
  try {
    for (const name of names) {
      const session = await openApp(app.browser, app.url);
      session.context.setDefaultTimeout(15_000);
      session.name = name;
      sessions.push(session);
      await join(session.page, name);
    }
    const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-live-'));
    try {
      await body(sessions.map((s) => s.page), dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    for (const s of sessions) {
      const errors = serverDown ? s.errors.filter((e) => !isRefusedSocket(e)) : s.errors;
      assert.deepEqual(errors, [], `${s.name}'s page logged errors`);
    }
  } finally {
    for (const s of sessions) await s.context.close();
  }
}

const liveSection = (page) => page.getByRole('region', { name: 'Live sync (server)', exact: true });
const liveState = (page) => liveSection(page).locator('.live-state[role="status"]');
const indicator = (page) => page.getByRole('banner').getByRole('link', { name: /^Live: / });

/** Opens the sync page, types the server's address and turns the switch on. */
async function turnLiveSyncOn(page, serverUrl, expected = 'Connected: in sync.') {
  if (!page.url().endsWith('#/sync')) await navigateTo(page, 'Sync files');
  const section = liveSection(page);
  await field(section, 'Server address').fill(serverUrl);
  await section.getByRole('switch', { name: 'Sync live with this server' }).check();
  await expectLiveState(page, expected);
}

/** Waits until the live-sync state line says `text` (a string or a RegExp). */
async function expectLiveState(page, text, timeout = 15_000) {
  await eventually(
    async () => {
      const shown = (await liveState(page).innerText()).trim();
      if (text instanceof RegExp) assert.match(shown, text);
      else assert.equal(shown, text);
    },
    { timeout },
  );
}

/** The workspace's automerge-repo URL as the sync page shows it. */
async function documentUrl(page) {
  const text = (await liveSection(page).locator('.document-url code').innerText()).trim();
  assert.match(text, /^automerge:[1-9A-HJ-NP-Za-km-z]+$/);
  return text;
}

/** Ayşe's workspace with live sync on, joined by Mehmet through a sync file, both live. */
async function shareLive(ayse, mehmet, dir, server, customers) {
  for (const customer of customers) await createCustomer(ayse, customer);
  await turnLiveSyncOn(ayse, server.url);
  const file = await exportFile(ayse, dir, { forWhom: ANYONE });
  await receive(mehmet, file.path, counts({ customers: [customers.length, 0] }));
  await turnLiveSyncOn(mehmet, server.url);
  assert.equal(await documentUrl(mehmet), await documentUrl(ayse), 'one document on the server');
}

/** Counts the WebSockets the page's own thread opens from now on (in `window.pageSockets`). */
async function countPageSockets(page) {
  await page.evaluate(() => {
    const Native = window.WebSocket;
    window.pageSockets = 0;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        window.pageSockets += 1;
      }
    };
  });
}

/** Milliseconds until `locator` is visible, from `start`. */
async function millisUntilVisible(locator, start) {
  await locator.waitFor();
  return Date.now() - start;
}

test('live sync is off by default and says who can read the workspace', LIMIT, () =>
  withColleagues(['Ayşe Yılmaz'], async ([ayse]) => {
    await navigateTo(ayse, 'Sync files');
    const section = liveSection(ayse);
    await section.getByText("The server's operator can read this workspace.").waitFor();
    assert.equal(await section.getByRole('switch', { name: 'Sync live with this server' }).isChecked(), false);
    await expectLiveState(ayse, 'Live sync is off.');
    assert.equal(await indicator(ayse).count(), 0, 'no live mark in the header while off');
    await section.getByText('Given when live sync is first turned on.').waitFor();

    // Not a WebSocket address: the switch stays off and the field says why.
    await field(section, 'Server address').fill('https://sync.example.com');
    await section.getByRole('switch', { name: 'Sync live with this server' }).click();
    await section.getByRole('alert').filter({ hasText: 'The address must start with ws:// or wss://.' }).waitFor();
    assert.equal(await section.getByRole('switch', { name: 'Sync live with this server' }).isChecked(), false);
    await expectLiveState(ayse, 'Live sync is off.');
  }));

test('two colleagues connected to the sync server see each other’s edits within seconds', LIMIT, () =>
  withSyncServer((server) =>
    withColleagues(['Ayşe Yılmaz', 'Mehmet'], async ([ayse, mehmet], dir) => {
      // The engine's worker holds the connection: the page itself never opens a socket, so
      // what the server sends never passes through the page.
      for (const page of [ayse, mehmet]) await countPageSockets(page);
      await shareLive(ayse, mehmet, dir, server, [{ name: 'Çağrı Kaya', city: 'İzmir' }]);
      for (const page of [ayse, mehmet]) {
        assert.equal((await indicator(page).innerText()).trim(), 'Live: connected');
      }

      // Ayşe adds a customer; Mehmet's list shows it without any file.
      await navigateTo(mehmet, 'Customers');
      await openNewCustomerForm(ayse);
      await fillCustomerForm(ayse, { name: 'Hakan Polat', city: 'Gaziantep' });
      const start = Date.now();
      await ayse.getByRole('button', { name: 'Save customer' }).click();
      const toMehmet = await millisUntilVisible(
        mehmet.getByRole('main').getByRole('link', { name: 'Hakan Polat', exact: true }),
        start,
      );
      assert.ok(toMehmet < 3_000, `Mehmet saw Ayşe's customer after ${toMehmet} ms`);

      // Mehmet changes the city; Ayşe's customer page follows.
      await ayse.getByRole('heading', { level: 1, name: 'Hakan Polat', exact: true }).waitFor();
      await openCustomer(mehmet, 'Hakan Polat');
      const edited = Date.now();
      await typeInto(mehmet.getByRole('main'), 'City', 'Adana');
      await eventually(
        async () =>
          assert.equal(
            await ayse.getByRole('main').getByRole('combobox', { name: 'City', exact: true }).inputValue(),
            'Adana',
          ),
        { timeout: 3_000 },
      );
      const toAyse = Date.now() - edited;
      console.log(`# live edit latency: Ayşe to Mehmet ${toMehmet} ms (create), Mehmet to Ayşe ${toAyse} ms (city)`);
      for (const page of [ayse, mehmet]) {
        await navigateTo(page, 'Sync files');
        await expectLiveState(page, 'Connected: in sync.');
      }
      await expectCustomers(mehmet, ['Çağrı Kaya', 'Hakan Polat']);
      for (const page of [ayse, mehmet]) {
        assert.equal(await page.evaluate(() => window.pageSockets), 0, 'sockets opened by the page');
      }
    }),
  ));

test('a Node.js automerge-repo client reads the customers Rapport wrote, and its edit shows up in Rapport', LIMIT, () =>
  withSyncServer((server) =>
    withColleagues(['Ayşe Yılmaz'], async ([ayse]) => {
      await createCustomer(ayse, { name: 'Zeynep Arslan', company: 'Arslan Gıda', city: 'Bursa' });
      await createCustomer(ayse, { name: 'Ömer Çelik', city: 'Konya' });
      await turnLiveSyncOn(ayse, server.url);
      const url = await documentUrl(ayse);

      const repo = new Repo({ network: [new WebSocketClientAdapter(server.url)] });
      try {
        const handle = await repo.find(url);
        const doc = handle.doc();
        const byName = Object.fromEntries(
          Object.entries(doc.customers).map(([id, customer]) => [String(customer.name), { id, ...customer }]),
        );
        assert.ok(byName['Zeynep Arslan'], `the customers: ${Object.keys(byName)}`);
        assert.ok(byName['Ömer Çelik']);
        assert.equal(String(byName['Zeynep Arslan'].city), 'Bursa');
        assert.ok(byName['Arslan Gıda'], 'the company was created as a customer too');

        await navigateTo(ayse, 'Customers');
        const start = Date.now();
        handle.change((d) => {
          d.customers[byName['Ömer Çelik'].id].name = new ImmutableString('Ömer Faruk Çelik');
        });
        const shown = await millisUntilVisible(
          ayse.getByRole('main').getByRole('link', { name: 'Ömer Faruk Çelik', exact: true }),
          start,
        );
        console.log(`# Node.js client edit shown in Rapport after ${shown} ms`);
        await expectCustomers(ayse, ['Arslan Gıda', 'Ömer Faruk Çelik', 'Zeynep Arslan']);
        await navigateTo(ayse, 'Sync files');
        await expectLiveState(ayse, 'Connected: in sync.');
      } finally {
        await repo.shutdown();
      }
    }),
  ));

test('the server stopped: the app says so and keeps working; restarted: the offline edit reaches the colleague', LIMIT, () =>
  withSyncServer((server) =>
    withColleagues(
      ['Ayşe Yılmaz', 'Mehmet'],
      async ([ayse, mehmet], dir) => {
        await shareLive(ayse, mehmet, dir, server, [{ name: 'Çağrı Kaya' }]);

        await server.stop();
        await expectLiveState(ayse, /^Server unreachable: retrying in \d+ s\./);
        assert.equal((await indicator(ayse).innerText()).trim(), 'Live: offline');

        // Working offline: the customer is created and saved as ever.
        await createCustomer(ayse, { name: 'Offline Müşteri', city: 'Trabzon' });
        await eventually(async () =>
          assert.equal((await ayse.getByRole('banner').getByRole('status').innerText()).trim(), 'Saved'),
        );
        await navigateTo(ayse, 'Sync files');
        await expectLiveState(ayse, /^Server unreachable: retrying in \d+ s\./);

        const restarted = Date.now();
        await server.start();
        await expectLiveState(ayse, 'Connected: in sync.', 40_000);
        await navigateTo(mehmet, 'Customers');
        await mehmet
          .getByRole('main')
          .getByRole('link', { name: 'Offline Müşteri', exact: true })
          .waitFor({ timeout: 40_000 });
        console.log(`# after the restart, Mehmet had the offline edit in ${Date.now() - restarted} ms`);
        await expectCustomers(mehmet, ['Çağrı Kaya', 'Offline Müşteri']);
        await expectCustomers(ayse, ['Çağrı Kaya', 'Offline Müşteri']);
      },
      { serverDown: true },
    ),
  ));

/**
 * A hostile peer speaking just enough of the protocol: it answers `join` with `peer`, then
 * `script(socket, clientId, documentId)` runs once the client's first sync message came.
 */
async function withHostileServer(script, body) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((ok) => server.once('listening', ok));
  server.on('connection', (socket) => {
    let client;
    socket.on('message', (data) => {
      const message = cbor.decode(new Uint8Array(data));
      if (message.type === 'join') {
        client = message.senderId;
        socket.send(
          cbor.encode({
            type: 'peer',
            senderId: 'hostile-server',
            targetId: client,
            selectedProtocolVersion: '1',
            peerMetadata: {},
          }),
        );
      } else if (message.type === 'sync' && !socket.scripted) {
        socket.scripted = true;
        script(socket, client, message.documentId);
      }
    });
  });
  try {
    await body(`ws://127.0.0.1:${server.address().port}`);
  } finally {
    for (const socket of server.clients) socket.terminate();
    await new Promise((ok) => server.close(ok));
  }
}

test('malformed and foreign messages are ignored and reported, the workspace unchanged; a refusal is shown', LIMIT, () =>
  withColleagues(['Ayşe Yılmaz'], async ([ayse]) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    const garbage = (socket, client, documentId) => {
      socket.send(Uint8Array.from([0xff, 0x00, 0x13, 0x37]));
      socket.send(cbor.encode({ type: 'sync', senderId: 'hostile-server', targetId: client, documentId, data: Uint8Array.from([1, 2, 3]) }));
      socket.send(cbor.encode({ type: 'sync', senderId: 'hostile-server', targetId: 'someone-else', documentId, data: Uint8Array.from([0x42]) }));
      socket.send('not a protocol message');
    };
    await withHostileServer(garbage, async (url) => {
      await turnLiveSyncOn(ayse, url, /^Connected: (in sync\.|syncing…)$/);
      const ignored = liveSection(ayse).locator('.live-ignored');
      await eventually(async () =>
        assert.match((await ignored.innerText()).trim(), /^4; the workspace was not changed\. Last reason: a text frame/),
      );
      assert.equal((await indicator(ayse).innerText()).trim(), 'Live: connected');
      await liveSection(ayse).getByRole('switch', { name: 'Sync live with this server' }).uncheck();
      await expectLiveState(ayse, 'Live sync is off.');
    });
    await expectCustomers(ayse, ['Çağrı Kaya']);
    await openCustomer(ayse, 'Çağrı Kaya');
    assert.equal(await ayse.getByRole('main').getByRole('combobox', { name: 'City', exact: true }).inputValue(), 'İzmir');

    const refuse = (socket) => {
      socket.send(cbor.encode({ type: 'error', message: 'this server takes no new documents' }));
      socket.close();
    };
    await withHostileServer(refuse, async (url) => {
      await navigateTo(ayse, 'Sync files');
      const section = liveSection(ayse);
      await field(section, 'Server address').fill(url);
      await section.getByRole('switch', { name: 'Sync live with this server' }).check();
      await expectLiveState(
        ayse,
        /^The server refused the connection \(this server takes no new documents\): retrying in \d+ s\.$/,
      );
      await section.getByRole('switch', { name: 'Sync live with this server' }).uncheck();
    });
  }));

test('when a colleague’s engine ends, live sync starts again with the new one and edits still flow', LIMIT, () =>
  withSyncServer((server) =>
    withColleagues(['Ayşe Yılmaz', 'Mehmet'], async ([ayse, mehmet], dir) => {
      await shareLive(ayse, mehmet, dir, server, [{ name: 'Çağrı Kaya', city: 'İzmir' }]);
      await killEngine(ayse);
      await expectLiveState(ayse, 'Connected: in sync.');
      await navigateTo(mehmet, 'Customers');
      await createCustomer(ayse, { name: 'Hakan Polat', city: 'Gaziantep' });
      await mehmet.getByRole('main').getByRole('link', { name: 'Hakan Polat', exact: true }).waitFor();
      // And the other way round.
      await openCustomer(mehmet, 'Hakan Polat');
      await typeInto(mehmet.getByRole('main'), 'City', 'Antep');
      const city = ayse.getByRole('main').getByRole('combobox', { name: 'City', exact: true });
      await eventually(async () => assert.equal(await city.inputValue(), 'Antep'), { timeout: 15_000 });
    })));
