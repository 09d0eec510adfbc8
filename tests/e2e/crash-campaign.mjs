// The crash and kill campaign: one browser profile, used as a colleague uses it, ended in
// the middle of its work again and again — the page crashed (CDP's Page.crash, which takes
// the engine's worker with it), the browser killed (SIGKILL) and started again on the same
// profile, the tab closed, the page reloaded. The work in between is bursts of new
// customers and interactions, CSV imports, a colleague's sync files merged, and undo; the
// store compacts on its own as it grows. After every start: the store opens (never the
// recovery page), and everything the app had shown as done is there — a customer or an
// interaction once the header said "Saved", an import once it reported its count, a merge
// once it said "Applied", an undo once saved. At the end a JSON export (as a user would
// make one) is read whole: every acknowledged customer is in it once, nothing undone
// came back.
//
// `make crash` runs it at length (node tests/e2e/crash-campaign.mjs, counts from the
// environment) and prints the figures; crash.test.mjs runs a short one in `make test`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, collectErrors, distDir, launchBrowser, openApp, waitForApp } from './harness.mjs';
import {
  createCustomer, eventually, fillCustomerForm, fillInteractionForm, historySummaries, join,
  listedNames, logForm, navigateTo, openCustomer, openNewCustomerForm, saveStatus,
} from './app.mjs';
import { chooseFile, exportFile, forColleague, ANYONE, preview, importSection } from './sync-app.mjs';
import { startServer } from './serve.mjs';

const ME = 'Ayşe Yılmaz';
const COLLEAGUE = 'Mehmet Kaya';
const MERGE_FILES = 4;

/** A small seeded generator (mulberry32): the same seed, the same campaign. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n), pick: (items) => items[Math.floor(next() * items.length)] };
}

/** Debian's Chromium on `profile`, as a person's browser: started, and killable whole. */
export async function startChromium(profile) {
  const child = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((ok) => child.once('exit', ok));
  const endpoint = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr.on('data', (data) => {
      seen += data;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        ok(found[1]);
      }
    });
    child.once('exit', () => fail(new Error(`Chromium ended at start: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const kill = async () => {
    // The whole group: the browser process and every renderer and helper it started.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    await exited;
  };
  return { browser, context: browser.contexts()[0], kill };
}

/** A CSV of `rows` customers whose names carry `word`, as a spreadsheet exports it. */
async function csvFile(dir, word, rows) {
  const lines = ['Ad Soyad;Şehir;E-posta'];
  for (let i = 1; i <= rows; i++) lines.push(`Toplu ${word} ${i};Konya;toplu.${word.toLowerCase()}.${i}@ornek.com.tr`);
  const path = joinPath(dir, `${word}.csv`);
  await writeFile(path, lines.join('\r\n'));
  return path;
}

/** How many customers the list shows for `text` typed into its search box. */
async function searchCount(page, text) {
  await navigateTo(page, 'Customers');
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  return eventually(async () => {
    const shown = (await page.getByRole('main').getByRole('status').first().innerText()).trim();
    const found = /^([\d,]+) customers? shown$/.exec(shown);
    assert.ok(found, shown);
    return Number(found[1].replace(/,/g, ''));
  });
}

/** Whether the customer `name` is listed (searched for, then matched exactly). */
async function isListed(page, name) {
  await searchCount(page, name);
  return (await listedNames(page)).includes(name);
}

const isSaved = async (page) => /^(Saved|Kaydedildi)$/.test((await saveStatus(page).innerText()).trim());

/**
 * The colleague's side, prepared once: Mehmet joins from the profile's whole workspace and
 * writes a sync file after each of his batches, so file k holds batches 1..k.
 */
async function prepareColleague(page, url, dir) {
  const whole = await exportFile(page, dir, { forWhom: ANYONE });
  const browser = await launchBrowser();
  try {
    const { page: mehmet } = await openApp(browser, url);
    mehmet.context().setDefaultTimeout(20_000);
    await join(mehmet, COLLEAGUE);
    await chooseFile(mehmet, whole.path);
    await preview(mehmet).getByRole('button', { name: 'Apply', exact: true }).click();
    await importSection(mehmet).getByRole('status').filter({ hasText: /^\s*Applied:/ }).waitFor();
    const files = [];
    for (let batch = 1; batch <= MERGE_FILES; batch++) {
      const names = [];
      for (let i = 1; i <= 3; i++) {
        const name = `Mehmet B${batch}Z ${i}`;
        await createCustomer(mehmet, { name, city: 'Bursa' });
        names.push(name);
      }
      const file = await exportFile(mehmet, dir, { forWhom: forColleague(ME) });
      files.push({ path: file.path, names: [...(files.at(-1)?.names ?? []), ...names] });
    }
    return files;
  } finally {
    await browser.close();
  }
}

/**
 * Runs the campaign: `counts` of each way of ending ({ pageCrashes, browserKills, closes,
 * reloads }), in a seeded order. Returns its figures; throws at the first acknowledged
 * edit missing, the first recovery page, or an undone customer back.
 */
export async function runCampaign({ pageCrashes, browserKills, closes, reloads, seed = 1, log = () => {} }) {
  const rng = random(seed);
  const endings = [
    ...Array(pageCrashes).fill('page crash'),
    ...Array(browserKills).fill('browser kill'),
    ...Array(closes).fill('tab closed'),
    ...Array(reloads).fill('reload'),
  ];
  for (let i = endings.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [endings[i], endings[j]] = [endings[j], endings[i]];
  }
  const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-crash-'));
  const profile = joinPath(dir, 'profile');
  const server = await startServer(distDir());
  const figures = {
    cycles: 0, ended: {}, actions: {}, acknowledged: 0, acknowledgedLost: 0, recoveryPages: 0,
    shownSaving: { kept: 0, lost: 0 }, clickedOnly: { kept: 0, lost: 0 }, importsCut: 0, importRowsCut: 0,
    mergesCut: 0, mergesKept: 0, importsCutTold: 0, importsCutUntold: 0,
    importRowsKept: 0, undoneBack: 0, stuck: [], compactionsSeen: 0, startMs: [], customersAtEnd: 0,
  };
  // What the app said was done: customer name -> { present, interactions: Set of summaries }.
  const acknowledged = new Map();
  let chrome = await startChromium(profile);
  let page = null;
  const errors = [];
  let files = [];
  let chunks = 0;
  // Work under way, not acknowledged, when its page ended: counted at the next start.
  const underWay = [];
  const started = Date.now();
  try {
    for (let cycle = 1; cycle <= endings.length; cycle++) {
      const ending = endings[cycle - 1];
      // A start: a new tab of the profile (after a reload, the same one came back).
      if (!page) {
        page = await chrome.context.newPage();
        page.setDefaultTimeout(30_000);
        collectErrors(page, errors);
        page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
        const t0 = Date.now();
        await page.goto(server.url);
        await waitForApp(page, { timeout: 60_000 });
        figures.startMs.push(Date.now() - t0);
      }
      if (await page.getByRole('heading', { name: 'Your saved data could not be opened' }).count()) {
        figures.recoveryPages++;
        throw new Error(`cycle ${cycle}: the recovery page showed`);
      }
      if (cycle === 1) {
        await join(page, ME);
        files = await prepareColleague(page, server.url, dir);
      }
      await checkAcknowledged(page, cycle, acknowledged, underWay, figures);
      const stored = await chunkCount(page);
      if (stored < chunks) figures.compactionsSeen++;
      chunks = stored;

      // The work of this cycle; its last action is under way when the page ends.
      const unsure = [];
      const steps = 1 + rng.below(3);
      for (let step = 1; step <= steps; step++) {
        const last = step === steps;
        const action = rng.pick(['burst', 'burst', 'import', 'merge', 'undo']);
        figures.actions[action] = (figures.actions[action] ?? 0) + 1;
        // Half of the last actions end a moment after a click, where the pending log is
        // all that holds the edit; the others at a random point of the action.
        let onClick = () => {};
        const firstClick = new Promise((ok) => { onClick = ok; });
        const work = act(page, action, { cycle, step, rng, dir, files, acknowledged, unsure, onClick });
        if (last) {
          work.catch(() => {}); // ended under it, by design
          const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
          const aimed = rng.next() < 0.5;
          const delay = rng.below(aimed ? 40 : 800);
          await (aimed ? Promise.race([firstClick.then(() => sleep(delay)), work.catch(() => {})]) : sleep(delay));
        } else {
          // An action that cannot finish is a finding of its own (what the page showed is
          // kept); the cycle goes on to its ending with that work under way.
          const stuck = await work.then(() => null, (error) => error);
          if (stuck) {
            figures.stuck.push(await describeStuck(page, cycle, action, stuck));
            break;
          }
          if (rng.next() < 0.5) await settle(page, acknowledged, unsure);
        }
      }
      // What was shown before the header is read: the last action still runs, and what it
      // shows after the read is not covered by that "Saved".
      const shownBefore = unsure.filter((item) => item.shown);
      if (await isSaved(page).catch(() => false)) settleShown(acknowledged, unsure, shownBefore);

      figures.ended[ending] = (figures.ended[ending] ?? 0) + 1;
      figures.lastEnding = ending;
      if (ending === 'page crash') {
        const cdp = await page.context().newCDPSession(page);
        const crashed = new Promise((ok) => page.once('crash', ok));
        cdp.send('Page.crash').catch(() => {});
        await crashed;
        await page.close().catch(() => {});
        page = null;
      } else if (ending === 'browser kill') {
        await chrome.kill();
        chrome = await startChromium(profile);
        page = null;
      } else if (ending === 'tab closed') {
        await page.close();
        page = null;
      } else {
        await page.reload({ waitUntil: 'commit' });
        await waitForApp(page, { timeout: 60_000 });
      }
      figures.cycles = cycle;
      underWay.push(...unsure);
      log(`cycle ${cycle}/${endings.length}: ${ending}; ${acknowledged.size} customers acknowledged`);
      // A long run shows where it stands now and then, so one cut short still tells.
      if (cycle % 50 === 0) {
        figures.seconds = Math.round((Date.now() - started) / 1000);
        log(describe(figures));
      }
    }
    if (!page) {
      page = await chrome.context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
      await page.goto(server.url);
      await waitForApp(page, { timeout: 60_000 });
    }
    await checkAcknowledged(page, endings.length + 1, acknowledged, underWay, figures);
    await checkExport(page, dir, acknowledged, figures);
    figures.seconds = Math.round((Date.now() - started) / 1000);
    figures.errors = errors.filter((e) => !/requestfailed|Target (page|crashed)|net::ERR_ABORTED/.test(e));
    return figures;
  } finally {
    await chrome.kill();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the page showed when an action could not finish, in a line. */
async function describeStuck(page, cycle, action, error) {
  const shown = await page.evaluate(() => ({
    at: location.hash,
    heading: document.querySelector('h1')?.innerText ?? '',
    alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => a.innerText.trim()).filter(Boolean),
  })).catch(() => ({}));
  return `cycle ${cycle}, ${action}: ${String(error.message).split('\n')[0]}; the page showed ${JSON.stringify(shown)}`;
}

/** Marks everything done so far as acknowledged, once the header says "Saved". */
async function settle(page, acknowledged, unsure) {
  const shown = unsure.filter((item) => item.shown);
  await eventually(async () => assert.ok(await isSaved(page)), { timeout: 20_000 });
  settleShown(acknowledged, unsure, shown);
}

/**
 * Acknowledges `shown` (edits shown before a "Saved" was read), in the order made. A
 * customer whose undo was clicked meanwhile is left unknown: the undo may be stored or not.
 */
function settleShown(acknowledged, unsure, shown) {
  const covered = new Set(shown);
  unsure.splice(0, unsure.length, ...unsure.filter((item) => !covered.has(item)));
  const undoing = new Set(unsure.filter((item) => item.kind === 'undone').map((item) => item.name));
  for (const item of shown) {
    if (item.kind === 'customer' && undoing.has(item.name)) acknowledged.delete(item.name);
    else acknowledge(acknowledged, item);
  }
}

function acknowledge(acknowledged, item) {
  if (item.kind === 'customer') {
    const entry = acknowledged.get(item.name) ?? { present: true, interactions: new Set() };
    entry.present = true;
    acknowledged.set(item.name, entry);
  } else if (item.kind === 'interaction') {
    acknowledged.get(item.name)?.interactions.add(item.summary);
  } else if (item.kind === 'undone') {
    acknowledged.set(item.name, { present: false, interactions: new Set() });
  }
}

/** Imports the CSV at `path` and waits for its report (stored by then). */
async function importAgain(page, path) {
  await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
  const section = page.getByRole('region', { name: 'Import customers' });
  await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(path);
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await section.locator('.import-summary').waitFor({ timeout: 60_000 });
}

/**
 * Adds the customer `name` through the form: `clicked` once Save was clicked (it returns
 * the campaign's note of the edit), which is marked shown once the customer's page is.
 */
async function newCustomer(page, name, clicked) {
  await openNewCustomerForm(page);
  await fillCustomerForm(page, { name, city: 'İzmir' });
  await page.getByRole('button', { name: 'Save customer' }).click();
  const item = clicked();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  item.shown = true;
}

/** One action of the campaign; its effects go into `unsure` until acknowledged. */
async function act(page, action, { cycle, step, rng, dir, files, acknowledged, unsure, onClick }) {
  // Each edit is noted when its button is clicked, and marked shown once the app shows it.
  const clicked = (item) => {
    unsure.push(item);
    onClick();
    return item;
  };
  if (action === 'burst') {
    const name = `Kaza C${cycle}S${step}Z`;
    await newCustomer(page, name, () => clicked({ kind: 'customer', name, shown: false }));
    const calls = rng.below(4);
    for (let i = 1; i <= calls; i++) {
      const summary = `Arama ${cycle}.${step}.${i}`;
      const form = logForm(page);
      await fillInteractionForm(form, { summary });
      await form.getByRole('button', { name: 'Log an interaction' }).click();
      const item = clicked({ kind: 'interaction', name, summary, shown: false });
      // Shown is its own summary in the history (the list holds other items too).
      await eventually(async () => assert.ok((await historySummaries(page)).includes(summary)));
      item.shown = true;
    }
  } else if (action === 'undo') {
    const name = `Geri C${cycle}S${step}Z`;
    await newCustomer(page, name, () => clicked({ kind: 'customer', name, shown: false }));
    const note = page.locator('.toast-region[role="status"]');
    // From before the click until the undo is acknowledged, whether the customer is there
    // is not known.
    acknowledged.delete(name);
    const item = { kind: 'undone', name, shown: false };
    unsure.push(item);
    await note.getByRole('button', { name: 'Undo' }).click();
    onClick();
    await note.getByText('Undone: Customer added.').waitFor();
    item.shown = true;
  } else if (action === 'import') {
    const word = `I${cycle}S${step}Z`;
    // A campaign of 800 cycles ends near 10,000 customers, the size the budgets are for.
    const rows = 5 + rng.below(50);
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    const path = await csvFile(dir, word, rows);
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles(path);
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    clicked({ kind: 'import', word, rows, path, shown: false });
    const summary = section.locator('.import-summary');
    await summary.waitFor({ timeout: 60_000 });
    assert.match(await summary.innerText(), new RegExp(`^${rows} customers added`));
    // The report comes only once the import is stored: acknowledged at once.
    unsure.pop();
    for (let i = 1; i <= rows; i++) acknowledge(acknowledged, { kind: 'customer', name: `Toplu ${word} ${i}` });
  } else if (action === 'merge') {
    const file = rng.pick(files);
    await chooseFile(page, file.path);
    await preview(page).getByRole('button', { name: 'Apply', exact: true }).click();
    clicked({ kind: 'merge', names: file.names, shown: false });
    await importSection(page).getByRole('status').filter({ hasText: /^\s*Applied:/ }).waitFor({ timeout: 60_000 });
    unsure.pop();
    for (const name of file.names) acknowledge(acknowledged, { kind: 'customer', name });
  }
}

/**
 * After a start: what was acknowledged last cycle is there (customers by search, their
 * interactions on their page); work that was under way is counted as kept or lost.
 */
async function checkAcknowledged(page, cycle, acknowledged, underWay, figures) {
  const recent = [...acknowledged.entries()].filter(([, entry]) => !entry.checked);
  // Imports of many rows are checked by count of their word, the rest one by one.
  const words = new Map();
  for (const [name, entry] of recent) {
    const bulk = /^Toplu (I\d+S\d+Z) \d+$/.exec(name);
    if (bulk) words.set(bulk[1], (words.get(bulk[1]) ?? 0) + 1);
    else if (entry.present !== (await isListed(page, name))) {
      if (entry.present) figures.acknowledgedLost++;
      else figures.undoneBack++;
      throw new Error(`cycle ${cycle}: ${name} was acknowledged as ${entry.present ? 'added' : 'undone'}, and is ${entry.present ? 'gone' : 'back'} (the page before ended by ${figures.lastEnding})`);
    } else if (entry.present && entry.interactions.size) {
      await openCustomer(page, name);
      const shown = await eventually(async () => {
        const summaries = await historySummaries(page);
        for (const summary of entry.interactions) assert.ok(summaries.includes(summary), summary);
        return summaries;
      }, { timeout: 10_000 }).catch(() => null);
      if (!shown) {
        figures.acknowledgedLost++;
        const summaries = await page.getByRole('region', { name: 'Interaction history' }).getByRole('listitem').allInnerTexts();
        const pending = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rapport.pending.')));
        throw new Error(`cycle ${cycle}: an interaction of ${name} acknowledged as saved is gone: `
          + `acknowledged ${JSON.stringify([...entry.interactions])}, shown ${JSON.stringify(summaries)}, pending log ${JSON.stringify(pending)}, `
          + `the page before ended by ${figures.lastEnding}`);
      }
    }
    entry.checked = true;
  }
  for (const [word, rows] of words) {
    const found = await searchCount(page, word);
    if (found !== rows) {
      figures.acknowledgedLost++;
      throw new Error(`cycle ${cycle}: the import ${word} reported ${rows} customers added; ${found} are here`);
    }
  }
  for (const item of underWay.splice(0)) {
    if (item.kind === 'import') {
      const kept = await searchCount(page, item.word);
      figures.importsCut++;
      figures.importRowsKept += kept;
      figures.importRowsCut += item.rows;
      // The start says the import was cut short; the user imports the file again.
      const notice = page.getByRole('status').filter({ hasText: `The import of ${item.word}.csv` });
      const told = await notice.waitFor({ timeout: 3_000 }).then(() => true, () => false);
      if (!told) {
        // Nothing written and nothing said is as if the click never came; a part is not.
        if (kept > 0 && kept < item.rows) figures.importsCutUntold++;
        continue;
      }
      figures.importsCutTold++;
      await notice.getByRole('button', { name: 'OK' }).click();
      await importAgain(page, item.path);
      const now = await searchCount(page, item.word);
      if (now !== item.rows) {
        throw new Error(`cycle ${cycle}: imported again, ${item.word} has ${now} of its ${item.rows} customers`);
      }
      for (let i = 1; i <= item.rows; i++) {
        acknowledge(acknowledged, { kind: 'customer', name: `Toplu ${item.word} ${i}` });
      }
      for (const [name] of acknowledged) {
        if (name.startsWith(`Toplu ${item.word} `)) acknowledged.get(name).checked = true;
      }
      continue;
    }
    if (item.kind === 'merge') {
      // A merge is one change: all of what the file brings, or none of it.
      const news = item.names.filter((name) => !acknowledged.get(name)?.present);
      let kept = 0;
      for (const name of news) kept += (await isListed(page, name)) ? 1 : 0;
      figures.mergesCut++;
      if (kept === news.length && kept > 0) figures.mergesKept++;
      if (kept > 0 && kept < news.length) {
        throw new Error(`cycle ${cycle}: a merge cut short kept ${kept} of the ${news.length} customers it brings`);
      }
      continue;
    }
    if (item.kind !== 'customer' || acknowledged.has(item.name)) continue;
    const listed = await isListed(page, item.name);
    const tally = item.shown ? 'shownSaving' : 'clickedOnly';
    figures[tally][listed ? 'kept' : 'lost']++;
  }
  figures.acknowledged = [...acknowledged.values()].filter((e) => e.present).length;
  await navigateTo(page, 'Customers');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
}

/** The end: a JSON export holds every acknowledged customer once and no undone one. */
async function checkExport(page, dir, acknowledged, figures) {
  await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
  const section = page.getByRole('region', { name: 'Export' });
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Everything (JSON)' }).click();
  const file = await downloading;
  const path = joinPath(dir, 'export.json');
  await file.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8'));
  const names = exported.customers.map((c) => c.name);
  figures.customersAtEnd = names.length;
  const times = new Map();
  for (const name of names) times.set(name, (times.get(name) ?? 0) + 1);
  for (const [name, entry] of acknowledged) {
    const n = times.get(name) ?? 0;
    if (entry.present && n !== 1) {
      figures.acknowledgedLost += n === 0 ? 1 : 0;
      throw new Error(`the export holds ${name} ${n} times, acknowledged once`);
    }
    if (!entry.present && n !== 0) {
      figures.undoneBack++;
      throw new Error(`the export holds ${name}, acknowledged as undone`);
    }
  }
}

/** The number of chunks the store holds (read beside the app, as a test may). */
const chunkCount = (page) => page.evaluate(async () => {
  const db = await new Promise((ok, fail) => {
    const opening = indexedDB.open('rapport');
    opening.onsuccess = () => ok(opening.result);
    opening.onerror = () => fail(opening.error);
  });
  const count = await new Promise((ok) => {
    const request = db.transaction('chunks').objectStore('chunks').count();
    request.onsuccess = () => ok(request.result);
    request.onerror = () => ok(0);
  });
  db.close();
  return count;
}).catch(() => 0);

/** Prints the figures as the README's table rows take them. */
export function describe(figures) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const ended = Object.entries(figures.ended).map(([how, n]) => `${how}: ${n}`);
  return [
    `crash campaign: ${figures.cycles} cycles in ${figures.seconds} s (${ended.join(', ')})`,
    `  actions: ${Object.entries(figures.actions).map(([k, v]) => `${v} ${k}`).join(', ')}; compactions crossed: ${figures.compactionsSeen}`,
    `  acknowledged customers: ${figures.acknowledged}${figures.customersAtEnd ? ` (${figures.customersAtEnd} in the final export)` : ''}; acknowledged edits lost: ${figures.acknowledgedLost}; undone that came back: ${figures.undoneBack}; recovery pages: ${figures.recoveryPages}`,
    `  new customers under way when the page ended: shown but still saving ${figures.shownSaving.kept} kept, ${figures.shownSaving.lost} lost; clicked, not shown yet ${figures.clickedOnly.kept} kept, ${figures.clickedOnly.lost} lost`,
    `  merges under way when the page ended: ${figures.mergesCut}, ${figures.mergesKept} of them kept whole (the others left nothing)`,
    `  imports under way when the page ended: ${figures.importsCut}, ${figures.importRowsKept} of their ${figures.importRowsCut} rows kept; the start said so for ${figures.importsCutTold} (each imported again, whole), ${figures.importsCutUntold} left in part untold`,
    `  start to a live app, median: ${median(figures.startMs)} ms`,
    `  actions that could not finish: ${figures.stuck.length}${figures.stuck.map((line) => `\n    ${line}`).join('')}`,
  ].join('\n');
}

// `node tests/e2e/crash-campaign.mjs`: the long campaign, counts from the environment.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = (name, fallback) => Number(process.env[name] ?? fallback);
  const figures = await runCampaign({
    pageCrashes: count('CRASH_PAGE', 500),
    browserKills: count('CRASH_KILLS', 200),
    closes: count('CRASH_CLOSES', 50),
    reloads: count('CRASH_RELOADS', 50),
    seed: count('CRASH_SEED', 1),
    log: process.env.CRASH_QUIET ? () => {} : (line) => console.log(line),
  });
  console.log(describe(figures));
  if (figures.errors.length) console.log(`page errors: ${figures.errors.join('\n')}`);
}
