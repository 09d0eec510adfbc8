// Work stays in the browser: after a reload, in a new tab, and when two tabs of the same
// browser (one localStorage) change things at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import {
  createCustomer,
  eventually,
  expectListed,
  expectShown,
  field,
  historySummaries,
  join,
  logInteraction,
  navigateTo,
  openCustomer,
  reload,
  typeInto,
  useApp,
  whenSaved,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';
const chosen = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());

/**
 * Switches to `tab`, as a user clicks on it. (Chromium throttles animation frames in the
 * tabs behind, which only slows down the test driver's clicks; the app still merges there.)
 */
async function inTab(tab) {
  await tab.bringToFront();
  return tab;
}

async function expectEverything(page) {
  await page.getByRole('banner').getByText(`You are: ${ME}`).waitFor();
  await navigateTo(page, 'Customers');
  await expectShown(page, 2);
  await expectListed(page, ['Deniz Lojistik', 'Hakan Polat']);
  await openCustomer(page, 'Hakan Polat');
  assert.equal(await field(page, 'City').inputValue(), 'Gaziantep');
  assert.equal(await field(page, 'Company').inputValue(), 'Deniz Lojistik');
  assert.equal(await field(page, 'Notes').inputValue(), 'Wants a yearly contract.');
  await eventually(async () => assert.deepEqual(await historySummaries(page), ['Signed the offer', 'Sent an offer']));
  await navigateTo(page, 'Archive');
  await expectListed(page, ['Zehra Ünal']);
}

test('everything is still there after a reload and in a new tab', () =>
  withApp(app, async ({ context, page, errors }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Hakan Polat', company: 'Deniz Lojistik', city: 'Gaziantep' });
    await typeInto(page, 'Notes', 'Wants a yearly contract.');
    await logInteraction(page, { when: '2026-11-02T10:00', summary: 'Sent an offer' });
    await logInteraction(page, { when: '2026-11-09T16:20', summary: 'Signed the offer', satisfaction: 5 });
    await createCustomer(page, { name: 'Zehra Ünal' });
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByText('This customer is archived.', { exact: false }).waitFor();

    await reload(page);
    await expectEverything(page);

    // The only tab closed, a new one opened in the same browser profile.
    const url = page.url().replace(/#.*$/, '');
    await whenSaved(page);
    await page.close();
    const again = await openPage(context, url, { errors });
    await expectEverything(again);
  }));

test('customers created in two tabs show in both, without reloading', () =>
  withApp(app, async ({ context, page: tabA, errors }) => {
    await join(tabA, ME);
    const tabB = await openPage(context, tabA.url(), { errors });
    // Tab B knows who is working: the name was stored by tab A.
    await tabB.getByRole('banner').getByText(`You are: ${ME}`).waitFor();

    await createCustomer(await inTab(tabA), { name: 'Ayla Tab A', city: 'Rize' });
    await createCustomer(await inTab(tabB), { name: 'Bora Tab B', city: 'Van' });

    for (const tab of [tabA, tabB]) {
      await navigateTo(await inTab(tab), 'Customers');
      await expectShown(tab, 2);
      await expectListed(tab, ['Ayla Tab A', 'Bora Tab B']);
    }
    // And what was stored has both.
    for (const tab of [tabA, tabB]) {
      await reload(await inTab(tab));
      await expectListed(tab, ['Ayla Tab A', 'Bora Tab B']);
    }
  }));

test('edits to different fields of one customer in two tabs both survive', () =>
  withApp(app, async ({ context, page: tabA, errors }) => {
    await join(tabA, ME);
    await createCustomer(tabA, { name: 'Mert Şahin', city: 'Konya' });
    const customerUrl = tabA.url();
    const tabB = await openPage(context, customerUrl, { errors });
    await tabB.getByRole('heading', { level: 1, name: 'Mert Şahin' }).waitFor();

    // Each tab edits its own field; neither reloads.
    await typeInto(await inTab(tabA), 'City', 'Kayseri');
    await typeInto(await inTab(tabB), 'Notes', 'Call before noon.');
    await field(tabB, 'Preferred channel').selectOption({ label: 'Phone' });
    await typeInto(await inTab(tabA), 'Tags', 'bayi');

    // Each tab shows the other's edit...
    await eventually(async () => {
      assert.equal(await field(tabA, 'Notes').inputValue(), 'Call before noon.');
      assert.equal(await field(tabB, 'City').inputValue(), 'Kayseri');
      assert.equal(await field(tabB, 'Tags').inputValue(), 'bayi');
    });
    // ...and both survive a reload.
    for (const tab of [tabA, tabB]) {
      await reload(await inTab(tab));
      await tab.getByRole('heading', { level: 1, name: 'Mert Şahin' }).waitFor();
      assert.equal(await field(tab, 'City').inputValue(), 'Kayseri');
      assert.equal(await field(tab, 'Tags').inputValue(), 'bayi');
      assert.equal(await field(tab, 'Notes').inputValue(), 'Call before noon.');
      assert.equal(await chosen(field(tab, 'Preferred channel')), 'Phone');
    }
  }));

test('changes saved at the same moment in two tabs reach both tabs and survive a reload', () =>
  withApp(app, async ({ context, page: tabA, errors }) => {
    await join(tabA, ME);
    await createCustomer(tabA, { name: 'Nazlı Koç', city: 'Sivas' });
    const tabB = await openPage(context, tabA.url(), { errors });
    await tabB.getByRole('heading', { level: 1, name: 'Nazlı Koç' }).waitFor();
    const shown = async (tab) => [await chosen(field(tab, 'Stage')), await chosen(field(tab, 'Preferred channel'))];

    // Each round both tabs save a change at once (a select saves when chosen), so the two
    // writes cross. "Merge before writing" and the storage event must lose neither.
    const stages = ['Awareness', 'Expansion', 'Commitment', 'Exploration'];
    const channels = ['Visit', 'E-mail', 'Meeting', 'Phone', 'Live chat', 'Web form', 'Social media', 'Other'];
    const rounds = channels.map((channel, i) => [stages[i % stages.length], channel]);
    for (const [stage, channel] of rounds) {
      await Promise.all([
        field(tabA, 'Stage').selectOption({ label: stage }),
        field(tabB, 'Preferred channel').selectOption({ label: channel }),
      ]);
      await eventually(async () => {
        assert.deepEqual(await shown(tabA), [stage, channel], `tab A after choosing ${stage} / ${channel}`);
        assert.deepEqual(await shown(tabB), [stage, channel], `tab B after choosing ${stage} / ${channel}`);
      });
    }
    const fresh = await openPage(context, tabA.url(), { errors });
    await fresh.getByRole('heading', { level: 1, name: 'Nazlı Koç' }).waitFor();
    assert.deepEqual(await shown(fresh), rounds.at(-1), 'what was stored');
  }));
