// The duplicate finder: two records of one person are found by their phone number and
// name, compared side by side and merged field by field; the merge moves every
// interaction, lasts over a reload, leaves the old address pointing to the customer it
// became, and reaches a colleague through a sync file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, expectListed, field, historySummaries, join, logInteraction, navigateTo,
  openCustomer, reload, useApp, withApp,
} from './app.mjs';
import { ANYONE, expectCustomers, send, withColleagues } from './sync-app.mjs';

const app = useApp();

const FIRST_CALL = 'First call about the offer';
const VISIT = 'Visit at the İzmir office';

/** Two records of one person, each with an interaction; returns their ids. */
async function createTwins(page) {
  const first = await createCustomer(page, { name: 'Ayşe Yılmaz', phones: '0532 111 22 33', city: 'Ankara' });
  await logInteraction(page, { when: '2026-03-02T10:00', summary: FIRST_CALL });
  const second = await createCustomer(page, {
    name: 'AYŞE YILMAZ', phones: '+90 532 111 2233', emails: 'ayse@ornek.com.tr', city: 'İzmir',
  });
  await logInteraction(page, { when: '2026-03-05T15:30', summary: VISIT });
  return { first, second };
}

/** The pairs listed on the Duplicates page. */
const pairs = (page) => page.getByRole('main').getByRole('listitem');
const compareForm = (page) => page.getByRole('form', { name: 'Compare and merge' });
/** The radio group of one field of the compare table (its legend is the field's name). */
const pick = (page, name) => compareForm(page).getByRole('group', { name, exact: true });

/** Opens the one likely pair and checks why it is listed. */
async function openThePair(page, { screenshots } = {}) {
  await navigateTo(page, 'Duplicates');
  await eventually(async () => assert.equal(await pairs(page).count(), 1, 'one likely pair'));
  const pair = pairs(page).first();
  await pair.getByText('same phone number', { exact: true }).waitFor();
  await pair.getByText('same name and company', { exact: true }).waitFor();
  await page.getByRole('main').getByRole('status').filter({ hasText: /^\s*1 likely pair\s*$/ }).waitFor();
  if (screenshots) await page.screenshot({ path: `${screenshots}/duplicates-list.png`, fullPage: true });
  await pair.getByRole('link', { name: /^Compare and merge/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare and merge' }).waitFor();
  await compareForm(page).waitFor();
}

/** Keeps the first record's name and the second's e-mail and city, and merges. */
async function mergeTwins(page, { screenshots } = {}) {
  await openThePair(page, { screenshots });
  const form = compareForm(page);
  // The older record stays unless the user says otherwise (both have one interaction).
  const stays = form.getByRole('group', { name: 'Which record stays?' });
  assert.ok(await stays.getByRole('radio', { name: /: Ayşe Yılmaz \(added .*, 1 interaction\)$/ }).isChecked());
  assert.ok(!(await stays.getByRole('radio', { name: /: AYŞE YILMAZ \(/ }).isChecked()));

  // Both interactions are counted, one on each side.
  const interactionsRow = form.getByRole('row', { name: /^Interactions/ });
  assert.deepEqual((await interactionsRow.getByRole('cell').allInnerTexts()).map((t) => t.trim()), ['1', '1']);

  // Fields that differ offer a choice; the same phone spelled two ways is kept once.
  const phones = pick(page, 'Phones');
  assert.ok(await phones.getByRole('radio', { name: /^Both/ }).isChecked(), 'both phones preselected');
  assert.match(await phones.getByRole('radio', { name: /^Both/ }).evaluate((el) => el.labels[0].innerText), /^Both:\s+0532 111 22 33$/);
  await pick(page, 'Name').getByRole('radio', { name: 'Ayşe Yılmaz', exact: true }).check();
  await pick(page, 'E-mails').getByRole('radio', { name: 'ayse@ornek.com.tr', exact: true }).check();
  // By keyboard: the city group's arrow keys move the choice from Ankara to İzmir.
  const city = pick(page, 'City');
  await city.getByRole('radio', { name: 'Ankara', exact: true }).check();
  await city.getByRole('radio', { name: 'Ankara', exact: true }).focus();
  const next = (await city.getByRole('radio').nth(0).getAttribute('value')) === 'first' ? 'ArrowRight' : 'ArrowLeft';
  await page.keyboard.press(next);
  assert.ok(await city.getByRole('radio', { name: 'İzmir', exact: true }).isChecked(), 'İzmir chosen by keyboard');

  if (screenshots) {
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${screenshots}/compare-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  await form.getByRole('button', { name: 'Merge', exact: true }).press('Enter');
}

/** The open customer page shows the merged record: both interactions, the chosen fields. */
async function expectMerged(page, summaries = [VISIT, FIRST_CALL]) {
  await page.getByRole('heading', { level: 1, name: 'Ayşe Yılmaz', exact: true }).waitFor();
  await eventually(async () => assert.deepEqual(await historySummaries(page), summaries));
  const main = page.getByRole('main');
  assert.equal(await field(main, 'Name').inputValue(), 'Ayşe Yılmaz');
  assert.equal(await field(main, 'E-mails').inputValue(), 'ayse@ornek.com.tr');
  assert.equal(await field(main, 'Phones').inputValue(), '0532 111 22 33');
  assert.equal(await field(main, 'City').inputValue(), 'İzmir');
}

async function expectNoDuplicates(page) {
  await navigateTo(page, 'Duplicates');
  await page.getByRole('main').getByText('No likely duplicates.').waitFor();
  assert.equal(await pairs(page).count(), 0);
}

test('two records of one person are compared, merged field by field, and stay merged', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Deniz');
    const { first, second } = await createTwins(page);

    await mergeTwins(page, { screenshots: process.env.RAPPORT_SCREENSHOTS });

    // The kept customer's page opens and says what happened.
    await page.waitForURL(new RegExp(`#/customer/${first}$`));
    await page.getByRole('main').getByRole('status')
      .filter({ hasText: '“AYŞE YILMAZ” was merged into this record: its interactions, deals and commitments are here now.' })
      .waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus on the page');
    await expectMerged(page);

    const check = async () => {
      await navigateTo(page, 'Customers');
      await expectListed(page, ['Ayşe Yılmaz']);
      await openCustomer(page, 'Ayşe Yılmaz');
      await expectMerged(page);
      await expectNoDuplicates(page);
      // The merged record's old address says which customer it became.
      await page.evaluate((id) => { location.hash = `#/customer/${id}`; }, second);
      await page.getByRole('heading', { level: 1, name: 'This record was merged into Ayşe Yılmaz.' }).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Ayşe Yılmaz', exact: true }).click();
      await page.waitForURL(new RegExp(`#/customer/${first}$`));
      await expectMerged(page);
    };
    await check();
    await reload(page);
    await check();
  }));

test('a merge reaches a colleague through a sync file, with what they logged meanwhile', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await createTwins(ayse);
    await send(ayse, mehmet, dir, { forWhom: ANYONE });
    await expectCustomers(mehmet, ['Ayşe Yılmaz', 'AYŞE YILMAZ']);

    // Before the merge reaches him, Mehmet logs a call on the record that will go.
    const CALL = 'Called back about the delivery';
    await openCustomer(mehmet, 'AYŞE YILMAZ');
    await logInteraction(mehmet, { when: '2026-03-06T09:00', summary: CALL });

    await mergeTwins(ayse);
    await expectMerged(ayse);
    await send(ayse, mehmet, dir, { forWhom: ANYONE });

    // Mehmet's copy: one customer, both interactions, and his own call too.
    await expectCustomers(mehmet, ['Ayşe Yılmaz']);
    await openCustomer(mehmet, 'Ayşe Yılmaz');
    await expectMerged(mehmet, [CALL, VISIT, FIRST_CALL]);
    await expectNoDuplicates(mehmet);

    // And back: Ayşe gets Mehmet's call on the merged customer.
    await send(mehmet, ayse, dir, { forWhom: ANYONE });
    await expectCustomers(ayse, ['Ayşe Yılmaz']);
    await openCustomer(ayse, 'Ayşe Yılmaz');
    await expectMerged(ayse, [CALL, VISIT, FIRST_CALL]);
  }));
