// Shared helpers for the e2e tests: Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Root-safe and quiet: no sandbox as root, no GPU, and nothing that reaches for the network
// (this machine has none; Chromium's background requests would fail noisily).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The release build under test: `make e2e` builds it into target/e2e-dist. */
export function distDir() {
  const dir = resolve(process.env.RAPPORT_DIST ?? resolve(repoRoot, 'target/e2e-dist'));
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`no build at ${dir}: run \`make e2e-dist\` (or set RAPPORT_DIST)`);
  }
  return dir;
}

/** Waits until the app has mounted: it sets data-ready="true" on #app. */
export async function waitForApp(page, { timeout = 30_000 } = {}) {
  await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout });
}

/**
 * Opens `url` in a fresh context (one colleague's browser profile: its own localStorage)
 * and collects page errors and console errors into `errors`, which tests assert empty.
 * Pass { ready: false } to skip waiting for the app to mount, and { contextOptions } to
 * configure the context (e.g. { locale: 'tr-TR' }: the browser language the app sees).
 */
export async function openApp(browser, url, { ready = true, contextOptions = {}, init, engineInit } = {}) {
  const context = await browser.newContext(
    engineInit ? { serviceWorkers: 'block', ...contextOptions } : contextOptions,
  );
  // A script every page of the context runs first (e.g. to take a browser API away).
  if (init) await context.addInitScript(init);
  // The same for the engine's worker: its loader starts with it.
  if (engineInit) await runInEngineFirst(context, engineInit);
  const errors = [];
  const page = await openPage(context, url, { ready, errors });
  return { context, page, errors };
}

/**
 * Opens `url` in a new page (a tab) of an existing context, collecting its errors into
 * `errors` (pass the array openApp returned to gather every tab's errors in one place).
 */
export async function openPage(context, url, { ready = true, errors = [] } = {}) {
  const page = await context.newPage();
  collectErrors(page, errors);
  await page.goto(url);
  if (ready) await waitForApp(page);
  return page;
}

/** Records the page's errors, uncaught exceptions and failed requests into `errors`. */
export function collectErrors(page, errors) {
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('requestfailed', (req) =>
    errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  return errors;
}

/**
 * Makes the engine's worker run `script` before anything else (Playwright has no init
 * script for workers): the worker's loader is served with it in front. Requests the
 * service worker answers are not routed, so the context must block service workers.
 */
export async function runInEngineFirst(context, script) {
  await context.route('**/rapport-engine_loader.js', async (route) => {
    const response = await route.fetch();
    const body = `(${script})();\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
}

/** The engine's worker of `page` (its Web Worker), once it runs. */
export async function engineOf(page, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const engine = page.workers().find((w) => w.url().endsWith('/rapport-engine_loader.js'));
    if (engine) return engine;
    if (Date.now() > deadline) throw new Error('the engine worker did not start');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Ends the engine's worker from inside, as a crash would; resolves once a new one runs. */
export async function killEngine(page, { timeout = 10_000 } = {}) {
  const old = await engineOf(page);
  const closed = new Promise((resolve) => old.once('close', resolve));
  await old.evaluate(() => self.close());
  await closed;
  const deadline = Date.now() + timeout;
  while (!page.workers().some((w) => w !== old && w.url().endsWith('/rapport-engine_loader.js'))) {
    if (Date.now() > deadline) throw new Error('no new engine worker started');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
