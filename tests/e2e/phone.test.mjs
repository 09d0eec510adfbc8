// A 360 px wide phone with a touch screen: no page scrolls sideways, and the list, a
// customer's page and logging an interaction all work by tapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { eventually, field, historySummaries, join, logForm, useApp, withApp } from './app.mjs';

const app = useApp();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PAGES = ['#/', '#/new', '#/customer/:id', '#/today', '#/board', '#/dashboard', '#/duplicates', '#/archive', '#/sync', '#/help/sync', '#/data'];

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on a 360 px touch screen nothing scrolls sideways, and a customer is made and logged by tapping', { timeout: 90_000 }, () =>
  withApp(
    app,
    async ({ page }) => {
      await join(page, 'Ayşe Yılmaz');
      await page.getByRole('banner').getByRole('link', { name: 'New customer' }).tap();
      await field(page, 'Name').tap();
      await page.keyboard.type('Gülşen Çakıroğlu Karaağaçlıoğulları');
      await field(page, 'City').fill('Kahramanmaraş');
      await page.getByRole('button', { name: 'Save customer' }).tap();
      await page.waitForURL(/#\/customer\/[^/]+$/);
      const id = /#\/customer\/([^/]+)$/.exec(page.url())[1];

      const form = logForm(page);
      await form.getByLabel('Summary').tap();
      await page.keyboard.type('Telefonda görüştük, teklif bekliyor.');
      await form.getByRole('button', { name: 'Log an interaction' }).tap();
      await eventually(async () => assert.deepEqual(await historySummaries(page), ['Telefonda görüştük, teklif bekliyor.']));

      await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).tap();
      await page.getByRole('link', { name: 'Gülşen Çakıroğlu Karaağaçlıoğulları' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Gülşen Çakıroğlu Karaağaçlıoğulları' }).waitFor();

      const base = page.url().replace(/#.*/, '');
      const wide = [];
      for (const address of PAGES) {
        await page.goto(base + address.replace(':id', id));
        await page.locator('main h1').first().waitFor();
        const by = await overflow(page);
        if (by > 0) wide.push(`${address}: ${by} px`);
      }
      assert.deepEqual(wide, [], 'pages wider than the screen');
    },
    { contextOptions: PHONE },
  ));
