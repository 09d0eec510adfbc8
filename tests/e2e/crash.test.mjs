// The crash and kill campaign, short (crash-campaign.mjs; `make crash` runs it at length):
// the page crashed, the browser killed and restarted on its profile, the tab closed and
// the page reloaded in the middle of edits, imports, merges and undo; nothing the app
// showed as done is lost, and the store always opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, runCampaign } from './crash-campaign.mjs';

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
