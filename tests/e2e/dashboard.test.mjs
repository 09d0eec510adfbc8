// The dashboard on a small workspace made here, every figure checked in its table: the
// funnel, interactions per week by channel, satisfaction, follow-ups, at-risk customers,
// top customers and the Pareto share; and a change shows at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, field, join, logInteraction, navigateTo, typeInto, useApp, withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

/** A local time `days` from today at `time`, as a datetime-local (or, without time, date) input takes it. */
const local = (page, days, time) =>
  page.evaluate(([days, time]) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, '0');
    const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return time ? `${date}T${time}` : date;
  }, [days, time]);

async function wonDeal(page, title, amount) {
  const form = page.getByRole('form', { name: 'Add a deal' });
  await typeInto(form, 'Title', title);
  await typeInto(form, 'Amount', amount);
  await field(form, 'Deal stage').selectOption({ label: 'Won' });
  await form.getByRole('button', { name: 'Add a deal' }).click();
  await page.getByRole('region', { name: 'Deals' }).getByRole('listitem').filter({ hasText: title }).waitFor();
}

async function commitment(page, kind, title, due) {
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await field(form, 'Promise or task').selectOption({ label: kind });
  await field(form, 'Due').fill(due);
  await typeInto(form, 'Title', title);
  await form.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: title }).waitFor();
}

/** A dashboard figure: its region, named by its heading. */
const figure = (page, name) => page.getByRole('main').getByRole('region', { name });

/** Opens a figure's table and reads it, a row per array (header row included); spaces,
 * the no-break space in amounts too, read as plain spaces. */
async function table(page, name) {
  const region = figure(page, name);
  const details = region.getByText('Show as a table');
  if (!(await region.getByRole('table').isVisible())) await details.click();
  return region.getByRole('table').evaluate((t) =>
    [...t.rows].map((r) => [...r.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
}

const explanation = (page, name) => figure(page, name).getByRole('paragraph').first().innerText();

test('the dashboard shows the right figures for a known workspace, and follows changes', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Bora Şen', stage: 'Awareness' });
    await wonDeal(page, 'Small order', '5.000');
    await createCustomer(page, { name: 'Cem Tan', stage: 'Commitment' });
    await createCustomer(page, { name: 'Ada Demir' });
    await logInteraction(page, { when: await local(page, -1, '10:00'), channel: 'Phone', summary: 'Call one', satisfaction: 4 });
    await logInteraction(page, { when: await local(page, -1, '11:00'), channel: 'Phone', summary: 'Call two', satisfaction: 2 });
    await logInteraction(page, { when: await local(page, -1, '12:00'), channel: 'E-mail', summary: 'Offer sent' });
    await logInteraction(page, { when: await local(page, -8, '10:00'), channel: 'Visit', summary: 'First visit' });
    await wonDeal(page, 'Big order', '30.000');
    await commitment(page, 'Promise to the customer', 'Send the catalogue', await local(page, -2));
    await commitment(page, 'Task for ourselves', 'Call back', await local(page, 0));

    await navigateTo(page, 'Dashboard');

    assert.deepEqual(await table(page, 'Customers per stage'), [
      ['Stage', 'Customers'],
      ['Exploration', '1'], ['Awareness', '1'], ['Expansion', '0'], ['Commitment', '1'], ['Dissolution', '0'],
    ]);
    assert.match(await explanation(page, 'Customers per stage'), /^Each of the 3 customers not archived/);

    const weekly = await table(page, 'Interactions per week');
    assert.deepEqual(weekly[0], ['Week of', 'Phone', 'E-mail', 'Visit', 'Total']);
    assert.equal(weekly.length, 13, 'twelve weeks and the header');
    assert.deepEqual(weekly[12].slice(1), ['2', '1', '0', '3'], 'this week');
    assert.deepEqual(weekly[11].slice(1), ['0', '0', '1', '1'], 'last week');
    assert.ok(weekly.slice(1, 11).every((row) => row.slice(1).every((n) => n === '0')), 'earlier weeks are empty');
    assert.match(await explanation(page, 'Interactions per week'), /\(4 in all\)/);

    const satisfaction = await table(page, 'Satisfaction per week');
    assert.deepEqual(satisfaction[12].slice(1), ['2', '3.0'], 'this week: ratings 4 and 2');
    assert.deepEqual(satisfaction[11].slice(1), ['0', '—']);

    assert.deepEqual(await table(page, 'Follow-ups due'), [['Overdue', '1'], ['Due today', '1'], ['Upcoming', '0']]);

    assert.deepEqual(await table(page, 'At risk'), [['Customer', 'Why']]);
    assert.match(await explanation(page, 'At risk'), /^0 customers have gone silent/);

    assert.deepEqual(await table(page, 'Top customers by revenue'), [
      ['Customer', 'Revenue', 'Share of total'],
      ['Ada Demir', 'TRY 30,000.00', '86%'],
      ['Bora Şen', 'TRY 5,000.00', '14%'],
    ]);
    assert.equal((await explanation(page, 'Top customers by revenue')).replace(/\s/g, ' '),
      '1 of 3 customers (33%) bring at least 75% of revenue: TRY 30,000.00 of TRY 35,000.00. Revenue is won deals, in TRY only.');

    // The charts are drawn, with a name for screen readers.
    await figure(page, 'Customers per stage').getByRole('img', { name: 'Customers per stage' }).waitFor();

    // A move on the board shows on the dashboard at once.
    await navigateTo(page, 'Board');
    const bora = page.getByRole('region', { name: /^Awareness\b/ }).getByRole('listitem').filter({ hasText: 'Bora Şen' });
    await bora.getByLabel('Move to a stage: Bora Şen').selectOption({ label: 'Expansion' });
    await bora.getByRole('button', { name: 'Move' }).click();
    await navigateTo(page, 'Dashboard');
    await eventually(async () => {
      const rows = await table(page, 'Customers per stage');
      assert.deepEqual(rows.slice(2, 4), [['Awareness', '0'], ['Expansion', '1']]);
    });
  }));
