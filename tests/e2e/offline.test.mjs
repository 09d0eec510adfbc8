// Offline and static hosting: the service worker keeps the app for use with no network, a
// new deploy is offered with a banner and never mixed with the old one, the
// Content-Security-Policy lets the app do everything it does (and nothing inline), and the
// web app manifest makes it installable. Always from a sub-path, as on a static host.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { distDir, launchBrowser, openPage, waitForApp } from './harness.mjs';
import { startServer } from './serve.mjs';
import { createCustomer, eventually, expectListed, field, join, navigateTo, reload } from './app.mjs';
import { exportFile } from './sync-app.mjs';

const BASE = '/some/path/';
const ME = 'Ayşe Yılmaz';
const BANNER = 'A new version of Rapport is ready.';
// A worker that never installs would leave a page waiting forever: fail instead.
const LIMIT = { timeout: 90_000 };

let browser;
let scratch;

before(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(joinPath(tmpdir(), 'rapport-offline-'));
});

after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/**
 * Runs `body` with a server of `root` under BASE and a fresh browser context (its own
 * storage, service workers and caches); fails if a page logged an error. The context
 * records every request (pages' and the worker's) and every CSP violation reported.
 */
async function withSite(body, { root = distDir(), contextOptions = {} } = {}) {
  const server = await startServer(root, { base: BASE });
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(15_000);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  // Runs before the page's own scripts (and is not subject to its CSP).
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const errors = [];
  const site = {
    url: server.url,
    server,
    context,
    requests,
    errors,
    open: (url = server.url) => openPage(context, url, { errors }),
  };
  try {
    await body(site);
    assert.deepEqual(errors, [], 'a page logged errors');
  } finally {
    await context.close();
    await server.close();
  }
}

/** Waits until the page's service worker is activated; returns its registration's scope. */
const workerReady = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && ok()),
      );
    }
    return { scope: registration.scope, state: worker.state };
  });

/** The script URL of the worker controlling the page, or null. */
const controller = (page) => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

/** The cache names in the page's origin. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** The build id stamped into a dist's sw.js. */
async function buildId(root) {
  const match = /const BUILD = '([0-9a-f]{16})';/.exec(await readFile(joinPath(root, 'sw.js'), 'utf8'));
  assert.ok(match, 'sw.js carries a stamped build id');
  return match[1];
}

/** First visit: join, wait for the worker, reload so that it controls the page. */
async function firstVisit(site, name = ME) {
  const page = await site.open();
  await join(page, name);
  const { scope, state } = await workerReady(page);
  assert.equal(scope, site.url, 'the worker covers the app and nothing above it');
  assert.equal(state, 'activated');
  await reload(page);
  assert.equal(await controller(page), `${site.url}sw.js`);
  return page;
}

test('from a sub-path, the app works and the service worker controls it after a reload', LIMIT, () =>
  withSite(async (site) => {
    const page = await firstVisit(site);
    assert.equal(await page.title(), 'Rapport');
    await page.getByRole('banner').getByText(`You are: ${ME}`).waitFor();
    const id = await createCustomer(page, { name: 'Kemal Aydın', city: 'Bursa' });
    assert.ok(id);
    // One cache, named after this build, holding index.html and its hashed files.
    const build = await buildId(distDir());
    const names = await cacheNames(page);
    assert.equal(names.length, 1, `one cache: ${names}`);
    assert.ok(names[0].endsWith(build), `the cache is this build's: ${names[0]}`);
    const kept = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => r.url);
    }, names[0]);
    const files = (await readdir(distDir())).filter((f) => f !== 'sw.js');
    for (const file of ['', ...files]) assert.ok(kept.includes(site.url + file), `keeps ./${file}`);
    // The first visit is no update.
    assert.equal(await page.getByText(BANNER).count(), 0);
    // Nothing is asked of any other origin, and nothing at all while the user does nothing.
    const origin = new URL(site.url).origin;
    const foreign = site.requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u));
    assert.deepEqual(foreign, []);
    const asked = site.requests.length;
    await page.waitForTimeout(2_000);
    assert.deepEqual(site.requests.slice(asked), [], 'no request while idle');
  }));

test('after the first visit the app opens with no network, with its customers', LIMIT, () =>
  withSite(async (site) => {
    const page = await firstVisit(site);
    await createCustomer(page, { name: 'Şule Yıldırım', city: 'İzmir' });
    await createCustomer(page, { name: 'Ömer Çelik', company: 'Çelik Tekstil' });

    await site.context.setOffline(true);
    await site.server.close(); // and the site itself is gone
    await reload(page);
    await page.getByRole('banner').getByText(`You are: ${ME}`).waitFor();
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Çelik Tekstil', 'Ömer Çelik', 'Şule Yıldırım']);

    // A new tab opens it too, at a customer's address.
    const tab = await site.open(`${site.url}#/`);
    await navigateTo(tab, 'Customers');
    await expectListed(tab, ['Çelik Tekstil', 'Ömer Çelik', 'Şule Yıldırım']);
    // And work goes on offline.
    await createCustomer(tab, { name: 'Nur Kaya' });
    await tab.close();
  }));

/** Turns the site in `root` into a new deploy: a new build id and a marked index.html. */
async function deployNewVersion(root, version) {
  const sw = joinPath(root, 'sw.js');
  const id = `${version}`.repeat(16).slice(0, 16);
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const BUILD = '[0-9a-f]{16}';/, `const BUILD = '${id}';`));
  const index = joinPath(root, 'index.html');
  const html = (await readFile(index, 'utf8')).replace(
    /<head>/,
    `<head>\n    <meta name="rapport-test-version" content="${version}" />`,
  );
  await writeFile(index, html);
  assert.equal(await buildId(root), id);
  return id;
}

/** The marker of deployNewVersion in the page's index.html, or null (the first build). */
const pageVersion = (page) =>
  page.evaluate(() => document.querySelector('meta[name="rapport-test-version"]')?.content ?? null);

/** What a browser does when the app is opened again: checks the server for a new sw.js. */
const checkForUpdate = (page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

test('a new deploy is offered with a banner, and Reload brings it whole', LIMIT, async () => {
  const root = joinPath(scratch, 'deploy');
  await cp(distDir(), root, { recursive: true });
  await withSite(
    async (site) => {
      const page = await firstVisit(site);
      await createCustomer(page, { name: 'Hakan Polat' });
      const first = await buildId(root);
      assert.equal(await pageVersion(page), null);

      const second = await deployNewVersion(root, 2);
      await checkForUpdate(page);
      const banner = page.getByRole('status').filter({ hasText: BANNER });
      await banner.waitFor();
      // Nothing changes until the user says so: same page, same version, the old cache in
      // use and the new one complete beside it.
      assert.equal((await cacheNames(page)).length, 2);
      assert.equal(await pageVersion(page), null);
      assert.match(page.url(), /#\/customer\//);
      assert.equal(await page.getByRole('heading', { level: 1, name: 'Hakan Polat' }).count(), 1);

      const reloaded = page.waitForEvent('load');
      await banner.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await waitForApp(page);
      assert.equal(await pageVersion(page), '2');
      await page.getByRole('heading', { level: 1, name: 'Hakan Polat' }).waitFor();
      assert.equal(await page.getByText(BANNER).count(), 0);
      // Only the new build is kept; the old one is gone.
      await eventually(async () => {
        const names = await cacheNames(page);
        assert.equal(names.length, 1, `one cache: ${names}`);
        assert.ok(names[0].endsWith(second), `${names[0]} is the new build's`);
        assert.ok(!names[0].endsWith(first));
      });

      // Offline, the new version opens: its index.html and its files, from its own cache.
      await site.context.setOffline(true);
      await site.server.close();
      await reload(page);
      assert.equal(await pageVersion(page), '2');
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Hakan Polat']);
    },
    { root },
  );
});

test('a deploy caught half-way (index.html of another build) is not taken', LIMIT, async () => {
  const root = joinPath(scratch, 'half-deploy');
  await cp(distDir(), root, { recursive: true });
  await withSite(
    async (site) => {
      const page = await firstVisit(site);
      const first = await buildId(root);
      // The new sw.js is up, but index.html already names a file that build does not have.
      await deployNewVersion(root, 4);
      const index = joinPath(root, 'index.html');
      await writeFile(
        index,
        (await readFile(index, 'utf8')).replace(/rapport-[0-9a-f]{12,16}\.js"/, 'rapport-0123456789abcdef.js"'),
      );
      await page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistration()).update().catch(() => {}),
      );
      await eventually(async () => {
        const state = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return [registration.installing, registration.waiting].map((w) => w?.state ?? null);
        });
        assert.deepEqual(state, [null, null], 'the new worker gave up');
      });
      assert.equal(await page.getByText(BANNER).count(), 0);
      const names = await cacheNames(page);
      assert.equal(names.length, 1, `one cache: ${names}`);
      assert.ok(names[0].endsWith(first), 'the running build keeps its cache');
    },
    { root },
  );
});

test('the new-version banner speaks Turkish', LIMIT, async () => {
  const root = joinPath(scratch, 'deploy-tr');
  await cp(distDir(), root, { recursive: true });
  await withSite(
    async (site) => {
      const page = await site.open();
      await field(page, 'Adınız').fill('Elif Şahin');
      await page.getByRole('button', { name: 'Başla' }).click();
      await workerReady(page);
      await reload(page);
      await deployNewVersion(root, 3);
      await checkForUpdate(page);
      const banner = page.getByRole('status').filter({ hasText: "Rapport'un yeni bir sürümü hazır." });
      await banner.waitFor();
      const reloaded = page.waitForEvent('load');
      await banner.getByRole('button', { name: 'Yenile' }).click();
      await reloaded;
      await waitForApp(page);
      assert.equal(await pageVersion(page), '3');
    },
    { root, contextOptions: { locale: 'tr-TR' } },
  );
});

test('the Content-Security-Policy holds and the app breaks none of it', LIMIT, () =>
  withSite(async (site) => {
    const page = await site.open();
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    );
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      // WebSocket only for live sync, to the server the user enters (off by default).
      "connect-src 'self' ws: wss:",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
      // Trusted Types at every DOM sink, through the one policy start.js makes.
      "require-trusted-types-for 'script'",
      'trusted-types default',
    ]) {
      assert.ok(policy.split(/\s*;\s*/).includes(directive), `the policy has ${directive}: ${policy}`);
    }
    assert.ok(!policy.includes('unsafe-inline'), 'no unsafe-inline');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');

    const violations = () => page.evaluate(() => window.__cspViolations);
    assert.deepEqual(await violations(), [], 'no CSP violation on load');

    await join(page, ME);
    await createCustomer(page, {
      name: 'Zeynep Arslan',
      company: 'Arslan Gıda',
      emails: 'zeynep@example.com',
      tags: 'toptan',
      notes: 'Çarşamba günleri arayın.',
    });
    assert.deepEqual(await violations(), [], 'no CSP violation creating a customer');
    // The download goes through a blob: URL.
    const exported = await exportFile(page, scratch);
    assert.ok(exported.bytes.length > 0, 'the sync file was downloaded');
    assert.deepEqual(await violations(), [], 'no CSP violation exporting a sync file');
    // Loaded again, now through the service worker.
    await reload(page);
    assert.ok(await controller(page), 'the worker controls the page');
    assert.deepEqual(await violations(), [], 'no CSP violation on a load from the worker');
    assert.deepEqual(site.errors, []);

    // The policy is in force: an inline script is refused (and reported).
    // Trusted Types refuse the script's text (no policy makes scripts); were it written,
    // script-src would refuse to run it.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true;';
      } catch (error) {
        return error.name;
      }
      document.head.append(script);
      return window.__inlineRan === true;
    });
    assert.equal(ran, 'TypeError', 'an inline script does not run');
    await eventually(async () =>
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), ['require-trusted-types-for trusted-types-sink']),
    );
    site.errors.splice(0); // the refusal above is reported as a console error, as it should

    // Trusted Types are in force: HTML that would run is refused at innerHTML, a script
    // from elsewhere at a worker's URL; the app's own HTML (its templates, the QR code's
    // SVG) goes through.
    const refused = await page.evaluate(() => {
      const tried = {};
      const box = document.createElement('div');
      for (const [name, html] of [
        ['handler', '<img src="x" onerror="window.__pwned = 1">'],
        ['script', '<script>window.__pwned = 2</script>'],
        ['url', '<a href="javascript:window.__pwned = 3">x</a>'],
      ]) {
        try {
          box.innerHTML = html;
          tried[name] = 'written';
        } catch (error) {
          tried[name] = error.name;
        }
      }
      try {
        new Worker('data:text/javascript,self.close()');
        tried.worker = 'started';
      } catch (error) {
        tried.worker = error.name;
      }
      box.innerHTML = '<svg viewBox="0 0 2 2"><path d="M0 0h1v1H0z"/></svg>';
      tried.svg = box.querySelector('path') ? 'written' : 'refused';
      return tried;
    });
    assert.deepEqual(refused, { handler: 'TypeError', script: 'TypeError', url: 'TypeError', worker: 'TypeError', svg: 'written' });
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    site.errors.splice(0);
  }));

test('the web app manifest is linked and served, its icons load, and the app is installable', LIMIT, () =>
  withSite(async (site) => {
    const page = await firstVisit(site);
    const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href);
    assert.equal(href, `${site.url}manifest.webmanifest`);
    const response = await site.context.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, 'Rapport');
    assert.ok(manifest.short_name);
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    // The colours are the stylesheet's --accent and --bg (their light-scheme value).
    const css = (await readdir(distDir())).find((f) => /^main-.*\.css$/.test(f));
    const style = await readFile(joinPath(distDir(), css), 'utf8');
    const variable = (name) =>
      new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`).exec(style)[1];
    assert.equal(manifest.theme_color.toLowerCase(), variable('accent').toLowerCase());
    assert.equal(manifest.background_color.toLowerCase(), variable('bg').toLowerCase());

    // Every icon loads in the page (so the CSP allows it) at its declared size.
    const icons = manifest.icons.map((icon) => ({ ...icon, src: new URL(icon.src, href).href }));
    assert.ok(icons.some((i) => i.type === 'image/svg+xml'), 'an SVG icon');
    for (const size of ['192x192', '512x512']) {
      assert.ok(icons.some((i) => i.type === 'image/png' && i.sizes === size), `a ${size} PNG icon`);
    }
    const loaded = await page.evaluate(
      (srcs) =>
        Promise.all(
          srcs.map(
            (src) =>
              new Promise((ok) => {
                const img = new Image();
                img.onload = () => ok(`${img.naturalWidth}x${img.naturalHeight}`);
                img.onerror = () => ok('failed');
                img.src = src;
              }),
          ),
        ),
      icons.map((i) => i.src),
    );
    icons.forEach((icon, i) => {
      assert.notEqual(loaded[i], 'failed', `${icon.src} loads`);
      if (icon.sizes !== 'any') assert.equal(loaded[i], icon.sizes, `${icon.src} is ${icon.sizes}`);
    });
    const favicon = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.href);
    assert.equal((await site.context.request.get(favicon)).status(), 200);

    // Chromium's own verdict.
    const cdp = await site.context.newCDPSession(page);
    const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifestErrors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test context is an incognito profile, where Chromium never installs; nothing else.
    const found = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    assert.deepEqual(found, []);
  }));
