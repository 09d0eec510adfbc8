// axe-core (the npm package, run inside the page) on every page of the app, in the light
// and the dark colour scheme: no serious or critical violation of WCAG 2.1 A and AA,
// colour contrast included. The pages hold realistic content (Turkish names, a logged
// interaction, a likely duplicate) so that what a user sees is what is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

import { createCustomer, join, logInteraction, useApp, withApp } from './app.mjs';

const app = useApp();
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Every page, by its address; `customer` is filled in once a customer exists. */
const PAGES = ['#/', '#/new', '#/customer/:id', '#/customer/:id/data', '#/today', '#/board', '#/dashboard', '#/duplicates', '#/archive', '#/sync', '#/help/sync', '#/data', '#/quotes', '#/quotes/new/:id', '#/products'];

/** The serious and critical violations axe finds on the page as it is now. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const colorScheme of ['light', 'dark']) {
  test(`every page passes axe with no serious or critical violation (${colorScheme})`, { timeout: 120_000 }, () =>
    withApp(
      app,
      async ({ page }) => {
        await join(page, 'Ayşe Yılmaz');
        const id = await createCustomer(page, { name: 'Çağrı Öztürk', city: 'İzmir', emails: 'cagri@example.com' });
        await logInteraction(page, { summary: 'Fuarda tanıştık; katalog istedi.', satisfaction: '4' });
        await createCustomer(page, { name: 'Çağrı Ozturk', emails: 'CAGRI@example.com' });
        const base = page.url().replace(/#.*/, '');
        const report = [];
        for (const address of PAGES) {
          await page.goto(base + address.replace(':id', id));
          await page.locator('main h1').first().waitFor();
          for (const v of await violations(page)) report.push(`${address} ${v.id} (${v.impact}): ${v.nodes.join(' | ')}`);
        }
        assert.deepEqual(report, []);
      },
      { contextOptions: { colorScheme, bypassCSP: true } },
    ));
}
