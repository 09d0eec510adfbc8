// Relationship health: each customer's rhythm against the days since the last contact,
// the health line on their page, and the "At risk" list sorted by how overdue they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, eventually, join, logInteraction, navigateTo, useApp, withApp } from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

/** 10:00 local time, `days` ago, as a datetime-local input takes it. */
const daysAgo = (page, days) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() - days);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
  }, days);

async function contacts(page, days) {
  for (const d of days) await logInteraction(page, { when: await daysAgo(page, d), summary: `Call ${d} days ago` });
}

const healthLine = (page) => page.getByRole('region', { name: 'Relationship health' }).getByRole('paragraph').first();

test('silent customers are at risk, the most overdue first, each with the reason in words', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    // Every 10 days, then silent for 40: the line is 20 days (twice the rhythm), 20 past.
    await createCustomer(page, { name: 'Deniz Kaya' });
    await contacts(page, [60, 50, 40]);
    await eventually(async () =>
      assert.equal((await healthLine(page).innerText()).trim(),
        'Usually in touch every 10 days; 40 days since the last contact. Silent: 20 days past the 20-day warning line.'));
    // Every 5 days, silent for 20: the line is 14 days (never sooner), 6 past.
    await createCustomer(page, { name: 'Emre Güneş' });
    await contacts(page, [30, 25, 20]);
    // In touch today: healthy.
    await createCustomer(page, { name: 'Selin Aydın' });
    await contacts(page, [20, 10, 0]);
    await eventually(async () =>
      assert.equal((await healthLine(page).innerText()).trim(),
        'Usually in touch every 10 days; 0 days since the last contact. Counts as silent after 20 days without contact. Healthy.'));

    await navigateTo(page, 'Today');
    const atRisk = page.getByRole('region', { name: /^At risk\b/ });
    await eventually(async () => {
      const items = await atRisk.getByRole('listitem').allInnerTexts();
      assert.deepEqual(items.map((t) => t.replace(/\s+/g, ' ').trim()), [
        'Deniz Kaya Usually in touch every 10 days; 40 days since the last contact. Silent: 20 days past the 20-day warning line.',
        'Emre Güneş Usually in touch every 5 days; 20 days since the last contact. Silent: 6 days past the 14-day warning line.',
      ]);
    });
    // How it is worked out, on request.
    await atRisk.getByText('How is this worked out?').click();
    await atRisk.getByText(/counts as silent after 2 times that rhythm/).waitFor();

    // A new contact takes Emre off the list, live.
    await atRisk.getByRole('link', { name: 'Emre Güneş' }).click();
    // The history is counted before logging: only once the customer's page is there.
    await page.getByRole('heading', { level: 1, name: 'Emre Güneş' }).waitFor();
    await contacts(page, [0]);
    await navigateTo(page, 'Today');
    await eventually(async () => assert.equal(await atRisk.getByRole('listitem').count(), 1));
  }));
