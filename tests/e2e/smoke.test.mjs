// Smoke test: the release build loads from a sub-path, mounts, and logs no errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { distDir, launchBrowser, openApp } from './harness.mjs';
import { startServer } from './serve.mjs';

let server;
let browser;

before(async () => {
  // A sub-path catches absolute asset URLs (the dist must work anywhere).
  server = await startServer(distDir(), { base: '/some/path/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app loads with title "Rapport" and no errors', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  try {
    assert.equal(await page.title(), 'Rapport');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
