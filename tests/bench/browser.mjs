// Browser benchmark: drives the release build in headless Chromium on a generated
// workspace and prints figures. It asserts nothing: numbers are read, not tested.
//
//   make bench-browser            (1,000 customers, 10,000 interactions by default)
//   RAPPORT_BENCH_CUSTOMERS=... RAPPORT_BENCH_INTERACTIONS=... make bench-browser
//   RAPPORT_BENCH_HISTORY=compacted: the same records in commits of 1,000 (the prototype
//   of compacted history; see ARCHITECTURE.md, "How far one document goes")
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';
import { launchBrowser, distDir, openApp } from '../e2e/harness.mjs';
import { join as joinAs } from '../e2e/app.mjs';
import { startServer } from '../e2e/serve.mjs';

const customers = process.env.RAPPORT_BENCH_CUSTOMERS ?? '1000';
const interactions = process.env.RAPPORT_BENCH_INTERACTIONS ?? '10000';
const history = process.env.RAPPORT_BENCH_HISTORY ?? 'as-used';
const dist = distDir();

const sample = execFileSync(
  'cargo',
  ['run', '--quiet', '--release', '--example', 'sample_workspace', '--', customers, interactions, history],
  { maxBuffer: 1 << 30 },
).toString().split('\n');
const [id, name] = sample[0].split('\t');
const saved = sample[1];
// A colleague's sync file of 100 new interactions on top of the saved workspace.
const files = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const hundredPath = join(files, 'hundred-interactions.rapport');
writeFileSync(hundredPath, Buffer.from(sample[2], 'base64'));

const server = await startServer(dist);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url);
// The workspace goes straight into IndexedDB as one snapshot chunk, as the app keeps it.
await page.evaluate(async ([saved, id, name]) => {
  localStorage.setItem('rapport.preferences', JSON.stringify({ language: 'en', identity: { id, name } }));
  const bytes = Uint8Array.from(atob(saved), (c) => c.charCodeAt(0));
  const db = await new Promise((ok, fail) => {
    const opening = indexedDB.open('rapport');
    opening.onupgradeneeded = () => {
      for (const store of ['chunks', 'set-aside']) {
        if (!opening.result.objectStoreNames.contains(store)) opening.result.createObjectStore(store);
      }
    };
    opening.onsuccess = () => ok(opening.result);
    opening.onerror = () => fail(opening.error);
  });
  await new Promise((ok, fail) => {
    const tx = db.transaction('chunks', 'readwrite');
    tx.objectStore('chunks').put(bytes, 'snapshot/benchmark');
    tx.oncomplete = ok;
    tx.onabort = () => fail(tx.error);
  });
  db.close();
}, [saved, id, name]);

// A first start, as a returning user has had: the app keeps the list's first screen and
// the whole read model once the changes settled.
await page.reload();
await page.waitForSelector('#app[data-opened="true"]', { state: 'attached', timeout: 300_000 });
const keptAt = Date.now();
const keptSize = () => page.evaluate(async () => {
  const db = await new Promise((ok) => { const o = indexedDB.open('rapport'); o.onsuccess = () => ok(o.result); });
  const bytes = await new Promise((ok) => {
    const r = db.transaction('projection').objectStore('projection').get('read-model');
    r.onsuccess = () => ok(r.result);
  });
  db.close();
  return bytes?.byteLength ?? 0;
});
let kept = 0;
while (!(kept = await keptSize()) && Date.now() - keptAt < 300_000) await page.waitForTimeout(250);
const keptMs = Date.now() - keptAt;
await page.waitForTimeout(1_000);

// Long tasks from the very start of the next load; the wasm memory, caught as it starts.
const watch = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const keep = (start) => async (...args) => {
    const result = await start(...args);
    window.__wasmMemory = (result.instance ?? result).exports?.memory;
    return result;
  };
  WebAssembly.instantiateStreaming = keep(WebAssembly.instantiateStreaming);
  WebAssembly.instantiate = keep(WebAssembly.instantiate);
  // When the first customer row is drawn (from the kept first screen or the live list).
  new MutationObserver((_, observer) => {
    if (document.querySelector('table.customers tbody tr:not(.spacer)')) {
      window.__painted = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};
await page.addInitScript(watch);
await page.reload();
await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 300_000 });
await page.locator('table.customers tbody tr:not(.spacer)').first().waitFor({ timeout: 120_000 });
const ready = await page.evaluate(() => performance.now());
await page.waitForSelector('#app[data-opened="true"]', { state: 'attached', timeout: 300_000 });
const opened = await page.evaluate(() => performance.now());
await page.waitForTimeout(500);
const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
const painted = await page.evaluate(() => window.__painted ?? performance.now());

// Search: keystroke to updated list, measured in the page from input to the list updated
// (its work, every effect run) and to the next frame painted; typed as a user types, a
// letter at a time, then emptied at once.
const search = page.getByLabel('Search');
const keystrokes = [];
const keystrokeWork = [];
for (const word of ['ayse iz', 'mehmet', 'kaya', 'istanbul', '0532', 'cagri']) {
  const texts = [...word].map((_, i) => word.slice(0, i + 1)).concat(['']);
  for (const text of texts) {
    const [work, ms] = await page.evaluate(async (text) => {
      const input = document.getElementById('search');
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      const work = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return [work, performance.now() - start];
    }, text);
    keystrokes.push(ms);
    keystrokeWork.push(work);
  }
}
await search.fill('');

// Scrolling the whole list: frames that took longer than 50 ms while scrolling to the end.
const scroll = await page.evaluate(async () => {
  const frames = [];
  let last = performance.now();
  const end = document.documentElement.scrollHeight;
  for (let y = 0; y < end; y += 600) {
    window.scrollTo(0, y);
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  window.scrollTo(0, 0);
  frames.sort((a, b) => a - b);
  return { frames: frames.length, median: frames[frames.length >> 1], worst: frames[frames.length - 1] };
});

// Logging an interaction: click until the header says "Saved", i.e. IndexedDB committed.
await page.locator('table.customers tbody tr a').first().click();
await page.getByLabel('Summary').fill('Benchmark görüşmesi');
const logged = [];
const shown = [];
for (let i = 0; i < 40; i++) {
  const [ms, ui] = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Log an interaction');
    const items = () => document.querySelectorAll('ol.timeline > li').length;
    const state = () => document.querySelector('.save-status')?.dataset.state;
    const before = items();
    const start = performance.now();
    button.click();
    let ui = null;
    while (items() === before || state() !== 'saved') {
      if (ui === null && items() !== before) ui = performance.now() - start;
      await new Promise((r) => setTimeout(r, 0));
    }
    const ms = performance.now() - start;
    return [ms, ui ?? ms];
  });
  logged.push(ms);
  shown.push(ui);
}

// Relationship pages on the whole workspace: from the link to the page drawn (the board's
// first card, the at-risk list, the dashboard's first bar) and one more frame.
const pagesDrawn = {};
for (const [hash, drawn] of [['#/board', '.board-card'], ['#/today', '#at-risk-heading'], ['#/dashboard', '.figure svg.chart rect']]) {
  pagesDrawn[hash] = await page.evaluate(async ([hash, drawn]) => {
    const start = performance.now();
    location.hash = hash;
    while (!document.querySelector(drawn)) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  }, [hash, drawn]);
}
// A move on the board, until the dashboard-free board shows it again (snapshot refresh
// and every column's memo).
await page.evaluate(() => { location.hash = '#/board'; });
await page.locator('.board-card').first().waitFor();
const moved = await page.evaluate(async () => {
  const card = document.querySelector('.board-column .board-card');
  const name = card.querySelector('a').textContent;
  const select = card.querySelector('select');
  select.value = select.options[1].value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  const start = performance.now();
  card.querySelector('button').click();
  const status = () => document.querySelector('main [role="status"]')?.textContent ?? '';
  while (!status().includes(name)) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - start;
});

const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const wasmBytes = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null);
const engineWorker = page.workers().find((w) => w.url().endsWith('/rapport-engine_loader.js'));
const engineBytes = engineWorker
  ? await engineWorker.evaluate(() => self.rapportEngineMemory?.buffer?.byteLength ?? null)
  : null;


// Sync files, on the Sync files page as a user has them: choosing a file until its preview
// is shown, Apply until the status says it is applied and the header says saved; the longest
// main-thread task during each.
const sinceNow = (page) => page.evaluate(() => [performance.now(), window.__longTasks.length]);
const longestSince = (page, from) => page.evaluate((from) => Math.max(0, ...window.__longTasks.slice(from)), from);
async function receiveFile(page, path) {
  await page.evaluate(() => { location.hash = '#/sync'; });
  await page.getByLabel('Choose a sync file', { exact: true }).waitFor();
  const [chosenAt, tasks] = await sinceNow(page);
  await page.getByLabel('Choose a sync file', { exact: true }).setInputFiles(path);
  const apply = page.getByRole('region', { name: 'What the file brings', exact: true })
    .getByRole('button', { name: 'Apply', exact: true });
  await apply.waitFor({ timeout: 300_000 });
  const [previewedAt] = await sinceNow(page);
  const summary = (await page.getByRole('region', { name: 'What the file brings', exact: true }).innerText())
    .split('\n').find((line) => line.startsWith('Customers:')) ?? '';
  await apply.click();
  await page.waitForFunction(() => {
    const applied = [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.trim().startsWith('Applied:'));
    return applied && document.querySelector('.save-status')?.dataset.state === 'saved';
  }, null, { timeout: 300_000, polling: 10 });
  const [appliedAt] = await sinceNow(page);
  return {
    preview: previewedAt - chosenAt,
    apply: appliedAt - previewedAt,
    longest: await longestSince(page, tasks),
    summary,
  };
}
const hundred = await receiveFile(page, hundredPath);

// The whole workspace as a sync file, and a new colleague who joins from it.
await page.evaluate(() => { location.hash = '#/sync'; });
const sendSection = page.getByRole('region', { name: 'Send your changes', exact: true });
await sendSection.getByLabel('For', { exact: true }).selectOption({ label: 'Anyone: the whole workspace' });
const [exportAt, exportTasks] = await sinceNow(page);
const downloading = page.waitForEvent('download', { timeout: 300_000 });
await sendSection.getByRole('button', { name: 'Export sync file' }).click();
const download = await downloading;
const [exportedAt] = await sinceNow(page);
const exportLongest = await longestSince(page, exportTasks);
const exportedPageBytes = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null);
const wholePath = join(files, download.suggestedFilename());
await download.saveAs(wholePath);
const wholeBytes = statSync(wholePath).size;
const newcomer = await openApp(browser, server.url);
await newcomer.page.addInitScript(watch);
await newcomer.page.reload();
await newcomer.page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 60_000 });
await joinAs(newcomer.page, 'Yeni Arkadaş');
const joined = await receiveFile(newcomer.page, wholePath);
const joinedEngine = newcomer.page.workers().find((w) => w.url().endsWith('/rapport-engine_loader.js'));
const joinedPageBytes = await newcomer.page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null);
const joinedEngineBytes = joinedEngine
  ? await joinedEngine.evaluate(() => self.rapportEngineMemory?.buffer?.byteLength ?? null)
  : null;

const brotli = (files) => files.reduce((sum, f) => sum + brotliCompressSync(readFileSync(join(dist, f))).length, 0);
const assets = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
const engineFiles = assets.filter((f) => f.startsWith('rapport-engine'));
const transfer = brotli(assets.filter((f) => !engineFiles.includes(f)));
const engineTransfer = brotli(engineFiles);

const p = (xs, q) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const mib = (b) => (b / 1024 / 1024).toFixed(1);
console.log(`Rapport browser benchmark: ${customers} customers, ${interactions} interactions (history ${history}), stored ${(saved.length / 1024).toFixed(0)} KB (base64)`);
console.log(`navigation to customer list painted: ${painted.toFixed(0)} ms (live and editable after ${ready.toFixed(0)} ms)`);
console.log(`read model kept for the next start: ${(kept / 1024 / 1024).toFixed(1)} MiB, stored ${keptMs} ms after the start; workspace read by the engine after ${opened.toFixed(0)} ms`);
console.log(`longest main-thread task from navigation until the workspace is read: ${longest.toFixed(0)} ms`);
console.log(`search keystroke to updated list painted (${keystrokes.length} keystrokes): median ${p(keystrokes, 0.5).toFixed(1)} ms, p95 ${p(keystrokes, 0.95).toFixed(1)} ms, max ${Math.max(...keystrokes).toFixed(1)} ms; the list's work alone: median ${p(keystrokeWork, 0.5).toFixed(1)} ms, p95 ${p(keystrokeWork, 0.95).toFixed(1)} ms`);
console.log(`log an interaction until stored (${logged.length} in a row): median ${p(logged, 0.5).toFixed(1)} ms, p95 ${p(logged, 0.95).toFixed(1)} ms, max ${Math.max(...logged).toFixed(1)} ms, the first ${logged[0].toFixed(1)} ms (shown after median ${p(shown, 0.5).toFixed(1)} ms)`);
console.log(`scrolling the whole list: ${scroll.frames} frames, median ${scroll.median.toFixed(1)} ms, worst ${scroll.worst.toFixed(1)} ms`);
console.log(`relationship pages drawn: board ${pagesDrawn['#/board'].toFixed(0)} ms, today ${pagesDrawn['#/today'].toFixed(0)} ms, dashboard ${pagesDrawn['#/dashboard'].toFixed(0)} ms; a move on the board shown after ${moved.toFixed(0)} ms`);
const orNa = (b) => (b === null ? 'n/a' : `${mib(b)} MiB`);
console.log(`page: JS heap used ${mib(metrics.JSHeapUsedSize)} MiB, wasm memory ${orNa(wasmBytes)}; engine worker: wasm memory ${orNa(engineBytes)}`);
console.log(`transfer size (brotli): page wasm + js + css ${(transfer / 1024).toFixed(0)} KB, engine ${(engineTransfer / 1024).toFixed(0)} KB`);
const sync = (r) => `preview ${r.preview.toFixed(0)} ms, apply until saved ${r.apply.toFixed(0)} ms, longest main-thread task ${r.longest.toFixed(0)} ms (${r.summary})`;
console.log(`sync file of 100 new interactions (${(statSync(hundredPath).size / 1024).toFixed(1)} KB): ${sync(hundred)}`);
console.log(`sync file of the whole workspace: ${(wholeBytes / 1024 / 1024).toFixed(1)} MiB, exported in ${(exportedAt - exportAt).toFixed(0)} ms, longest main-thread task ${exportLongest.toFixed(0)} ms; page wasm memory then ${orNa(exportedPageBytes)}`);
console.log(`a new colleague joins from it: ${sync(joined)}; page wasm memory then ${orNa(joinedPageBytes)}, engine ${orNa(joinedEngineBytes)}`);
await browser.close();
server.close();
rmSync(files, { recursive: true, force: true });
