// The crash and kill campaign, short (crash-campaign.mjs; `make crash` runs it at length):
// the page crashed, the browser killed and restarted on its profile, the tab closed and
// the page reloaded in the middle of edits, imports, merges and undo; nothing the app
// showed as done is lost, and the store always opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { describe, runCampaign, startChromium } from './crash-campaign.mjs';
import { distDir, waitForApp } from './harness.mjs';
import { createCustomer, eventually, join, listedNames, navigateTo, saveStatus } from './app.mjs';
import { startServer } from './serve.mjs';

test('crashed, killed, closed and reloaded in the middle of its work, the app keeps everything it showed as done', { timeout: 15 * 60_000 }, async () => {
  const figures = await runCampaign({ pageCrashes: 10, browserKills: 5, closes: 3, reloads: 3, seed: 7 });
  console.log(describe(figures));
  assert.equal(figures.cycles, 21);
  assert.equal(figures.acknowledgedLost, 0);
  assert.equal(figures.undoneBack, 0);
  assert.equal(figures.recoveryPages, 0);
  assert.ok(figures.acknowledged > 0, 'work was acknowledged');
  assert.deepEqual(figures.errors, [], 'the pages logged errors');
});

// Chrome writes localStorage to disk about 5 s after a change (later under its rate
// limit): the browser killed within that time once forgot who the user was, and the
// start showed the welcome page over a stored workspace.
test('a browser killed right after joining and saving still knows who its user is', async () => {
  const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-join-kill-'));
  const server = await startServer(distDir());
  let chrome = await startChromium(joinPath(dir, 'profile'));
  try {
    let page = await chrome.context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Deniz Aydın', city: 'İzmir' });
    await eventually(async () => assert.match(await saveStatus(page).innerText(), /^\s*Saved\s*$/));
    await chrome.kill();

    chrome = await startChromium(joinPath(dir, 'profile'));
    page = await chrome.context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await page.getByText('You are: Ayşe Yılmaz').waitFor();
    await navigateTo(page, 'Customers');
    assert.deepEqual(await listedNames(page), ['Deniz Aydın']);
    // Kept again in this browser's preferences, so the next start draws at once.
    const preferences = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.preferences')));
    assert.equal(preferences.identity.name, 'Ayşe Yılmaz');
  } finally {
    await chrome.kill();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
