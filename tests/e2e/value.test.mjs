// Deals and value: a quote won becomes revenue on the customer's page, a lost deal keeps
// its reason, the customer gets an RFM segment the list filters by, and the satisfaction
// trend is told from the ratings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, expectListed, field, join, logInteraction, navigateTo, typeInto, useApp, withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

async function addDeal(page, { title, amount, currency, stage }) {
  const form = page.getByRole('form', { name: 'Add a deal' });
  await typeInto(form, 'Title', title);
  await typeInto(form, 'Amount', amount);
  if (currency) await typeInto(form, 'Currency', currency);
  if (stage) await field(form, 'Deal stage').selectOption({ label: stage });
  await form.getByRole('button', { name: 'Add a deal' }).click();
  await deals(page).getByRole('listitem').filter({ hasText: title }).waitFor();
}

const deals = (page) => page.getByRole('region', { name: 'Deals' });
const totals = (page) => deals(page).getByRole('status');
const deal = (page, title) => deals(page).getByRole('listitem').filter({ hasText: title });
const value = (page) => page.getByRole('region', { name: 'Value and satisfaction' });

test('a won deal is revenue, a lost one keeps its reason; segment and satisfaction are explained', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Mert Çelik' });
    await createCustomer(page, { name: 'Deniz Kaya' });
    await eventually(async () => assert.match(await totals(page).innerText(), /^No deal won yet: no revenue\./));
    await value(page).getByText('No segment: a segment needs at least one won deal.').waitFor();

    // A bad amount is refused next to its field.
    const form = page.getByRole('form', { name: 'Add a deal' });
    await typeInto(form, 'Title', 'Yearly maintenance');
    await typeInto(form, 'Amount', 'twelve');
    await form.getByRole('button', { name: 'Add a deal' }).click();
    await form.getByRole('alert').filter({ hasText: 'Not a valid amount: twelve' }).waitFor();

    // Lira is the default currency; Turkish-style amounts are read.
    await addDeal(page, { title: 'Yearly maintenance', amount: '12.500,00' });
    await deal(page, 'Yearly maintenance').getByText('Quote', { exact: true }).waitFor();
    await eventually(async () => assert.match(await totals(page).innerText(), /^No deal won yet: no revenue\. Open: TRY\s?12,500\.00 \(1 deals\)\./));
    await deal(page, 'Yearly maintenance').getByRole('button', { name: 'Ordered' }).click();
    await deal(page, 'Yearly maintenance').getByText('Order', { exact: true }).waitFor();
    await deal(page, 'Yearly maintenance').getByRole('button', { name: 'Won' }).click();
    await eventually(async () =>
      assert.match(await totals(page).innerText(), /^Revenue from won deals: TRY\s?12,500\.00 \(1 won\)\. Revenue is the sum of won deals/));

    // A euro quote lost on price: no revenue, the reason kept; currencies never mixed.
    await addDeal(page, { title: 'Second line', amount: '900', currency: 'eur' });
    await deal(page, 'Second line').getByRole('button', { name: 'Lost' }).click();
    await field(deal(page, 'Second line'), 'Lost reason').selectOption({ label: 'Price' });
    await deal(page, 'Second line').getByRole('button', { name: 'Record as lost' }).click();
    await deal(page, 'Second line').getByText('Lost reason: Price').waitFor();
    await eventually(async () => assert.match(await totals(page).innerText(), /^Revenue from won deals: TRY\s?12,500\.00 \(1 won\)\. Revenue/));

    // One paying customer, one deal won today: new, scored 5 everywhere.
    await eventually(async () => assert.match(await value(page).getByText(/^Segment:/).innerText(),
      /^Segment: New\. Last deal won 0 days ago, 1 won deals, TRY\s?12,500\.00; scored 5 for recency, 5 for frequency, 5 for money among 1 paying customers/));

    // Satisfaction: 5 then 5, 4, 3: the last three average 4.0, down from 5.0.
    const when = (d) => `2026-0${d}-10T10:00`;
    await value(page).getByText('No satisfaction ratings yet.').waitFor();
    for (const [i, rating] of [5, 5, 4, 3].entries()) {
      await logInteraction(page, { when: when(i + 1), summary: `Visit ${i + 1}`, satisfaction: rating });
    }
    await value(page).getByText('Satisfaction is falling: the last 3 ratings average 4.0, down from 5.0 for the 1 before.').waitFor();

    // The customer list filtered by segment.
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Deniz Kaya', 'Mert Çelik']);
    await field(page, 'Segment').selectOption({ label: 'New' });
    await expectListed(page, ['Deniz Kaya']);
    await page.getByText(/^Segments come from won deals/).waitFor();
    await field(page, 'Segment').selectOption({ label: 'Champions' });
    await expectListed(page, []);
  }));
