// How exchanged files merge: a file that arrives before an earlier one waits for it, two
// colleagues who change the same field at once see both values and settle on one, and the
// customer's history tells who changed what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, escape, eventually, openCustomer, reload, typeInto, useApp } from './app.mjs';
import {
  ANYONE,
  MESSAGES,
  applyFile,
  chooseFile,
  cityBox,
  colleaguesSection,
  counts,
  expectCity,
  expectCustomers,
  exportFile,
  forColleague,
  openSyncPage,
  previewText,
  receive,
  send,
  withColleagues,
} from './sync-app.mjs';

const app = useApp();

const conflicts = (page) => page.getByRole('region', { name: 'Changes made at the same time', exact: true });

/** The values of the "City" conflict as { value, by, shown }, in the order listed. */
async function cityConflict(page) {
  const items = await conflicts(page).getByRole('group', { name: 'City', exact: true }).getByRole('listitem').all();
  const out = [];
  for (const item of items) {
    const text = (await item.innerText()).trim();
    const match = /^(.*?) · set by (.*?)(?:\s+shown now)?\s+Keep this$/is.exec(text);
    assert.ok(match, `a conflict value reads "${text}"`);
    out.push({ value: match[1], by: match[2], shown: /shown now/i.test(text) });
  }
  return out;
}

test('a file that arrives before an earlier one waits for it, then both apply', () =>
  // Ayşe's ledger records what each colleague last sent her, and a file "for" someone holds
  // what they lack from that. For a second file with only the second change, the colleague
  // it is made for must already hold the first: Zeynep, who received and acknowledged it.
  // Mehmet, who has neither, then receives them in the wrong order.
  withColleagues(app, ['Ayşe', 'Mehmet', 'Zeynep'], async ([ayse, mehmet, zeynep], dir) => {
    await createCustomer(ayse, { name: 'Başak Er', city: 'Bolu' });
    const start = await exportFile(ayse, dir, { forWhom: ANYONE });
    for (const colleague of [mehmet, zeynep]) {
      await receive(colleague, start.path, counts({ customers: [1, 0] }));
      await send(colleague, ayse, dir, { forWhom: forColleague('Ayşe'), summary: 'nothing new' });
    }

    // Change 1, in file A for Mehmet (and what Zeynep lacks, for Zeynep).
    await createCustomer(ayse, { name: 'Birinci Müşteri', city: 'Ordu' });
    const fileA = await exportFile(ayse, dir, { forWhom: forColleague('Mehmet') });
    await send(ayse, zeynep, dir, { forWhom: forColleague('Zeynep'), summary: counts({ customers: [1, 0] }) });
    // Zeynep's reply tells Ayşe's ledger that Zeynep holds change 1.
    await send(zeynep, ayse, dir, { forWhom: forColleague('Ayşe'), summary: 'nothing new' });

    // Change 2, in file B: what Zeynep lacks, only change 2, which builds on change 1.
    await createCustomer(ayse, { name: 'İkinci Müşteri', city: 'Tokat' });
    const fileB = await exportFile(ayse, dir, { forWhom: forColleague('Zeynep') });

    // Mehmet gets B first: its change waits, and the Colleagues section says from whom.
    await chooseFile(mehmet, fileB.path);
    assert.match(await previewText(mehmet), new RegExp(escape(MESSAGES.waits)));
    assert.match(await applyFile(mehmet), new RegExp(`^Applied:[^]*${escape(MESSAGES.waits)}`));
    const missing = colleaguesSection(mehmet)
      .getByRole('status')
      .filter({ hasText: new RegExp(`^\\s*${escape(MESSAGES.missing)} Ayşe\\s*$`) });
    await missing.waitFor();
    await expectCustomers(mehmet, ['Başak Er']);

    // The waiting changes outlive a reload.
    await reload(mehmet);
    await expectCustomers(mehmet, ['Başak Er']);
    await openSyncPage(mehmet);
    await missing.waitFor();

    // Then A arrives: both changes apply and nothing waits any more.
    await chooseFile(mehmet, fileA.path);
    assert.doesNotMatch(await previewText(mehmet), new RegExp(escape(MESSAGES.waits)));
    assert.doesNotMatch(await applyFile(mehmet), new RegExp(escape(MESSAGES.waits)));
    await missing.waitFor({ state: 'detached' });
    await expectCustomers(mehmet, ['Başak Er', 'Birinci Müşteri', 'İkinci Müşteri']);
  }));

test('the same field changed by both at once: both values shown, one kept for everyone', () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await createCustomer(ayse, { name: 'Nazlı Koç', city: 'Sivas' });
    await send(ayse, mehmet, dir, { forWhom: ANYONE, summary: counts({ customers: [1, 0] }) });
    await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe'), summary: 'nothing new' });

    // Neither has the other's edit yet.
    for (const [page, city] of [
      [ayse, 'Kars'],
      [mehmet, 'Van'],
    ]) {
      await expectCustomers(page, ['Nazlı Koç']);
      await openCustomer(page, 'Nazlı Koç');
      await typeInto(page, 'City', city);
      await expectCity(page, city);
    }
    const changed = counts({ customers: [0, 1] });
    await send(ayse, mehmet, dir, { forWhom: forColleague('Mehmet'), summary: changed });
    await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe'), summary: changed });

    const seen = [];
    for (const page of [ayse, mehmet]) {
      await expectCustomers(page, ['Nazlı Koç']);
      await openCustomer(page, 'Nazlı Koç');
      await conflicts(page).waitFor();
      const values = await cityConflict(page);
      assert.deepEqual(
        values.map(({ value, by }) => `${value} by ${by}`).sort(),
        ['Kars by Ayşe', 'Van by Mehmet'],
      );
      const shown = values.filter((v) => v.shown);
      assert.equal(shown.length, 1, 'exactly one value is marked "shown now"');
      await expectCity(page, shown[0].value);
      seen.push(shown[0].value);
    }
    assert.equal(seen[0], seen[1], 'both see the same value for now');

    // Ayşe keeps the other value; her choice travels like any change.
    const other = seen[0] === 'Kars' ? { value: 'Van', by: 'Mehmet' } : { value: 'Kars', by: 'Ayşe' };
    await conflicts(ayse).getByRole('button', { name: `Keep “${other.value}” (${other.by})`, exact: true }).click();
    await conflicts(ayse).waitFor({ state: 'detached' });
    await expectCity(ayse, other.value);

    await send(ayse, mehmet, dir, { forWhom: forColleague('Mehmet'), summary: changed });
    await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe') });
    for (const page of [ayse, mehmet]) {
      await expectCustomers(page, ['Nazlı Koç']);
      await openCustomer(page, 'Nazlı Koç');
      await expectCity(page, other.value);
      assert.equal(await conflicts(page).count(), 0, 'no conflict is left');
      assert.equal(await cityBox(page).inputValue(), other.value);
    }
  }));

test("a colleague's edit, once synced, shows in the customer's history under their name", () =>
  withColleagues(app, ['Ayşe', 'Mehmet'], async ([ayse, mehmet], dir) => {
    await createCustomer(ayse, { name: 'Nazlı Koç', city: 'Van' });
    await send(ayse, mehmet, dir, { forWhom: ANYONE, summary: counts({ customers: [1, 0] }) });
    await expectCustomers(mehmet, ['Nazlı Koç']);
    await openCustomer(mehmet, 'Nazlı Koç');
    await typeInto(mehmet, 'City', 'Kars');
    await expectCity(mehmet, 'Kars');
    await send(mehmet, ayse, dir, { forWhom: forColleague('Ayşe'), summary: counts({ customers: [0, 1] }) });

    await expectCustomers(ayse, ['Nazlı Koç']);
    await openCustomer(ayse, 'Nazlı Koç');
    await expectCity(ayse, 'Kars');
    const history = ayse.getByRole('group').filter({
      has: ayse.getByRole('heading', { name: 'History', exact: true }),
    });
    await history.getByText('History', { exact: true }).click();
    const lines = history.getByRole('listitem');
    await lines.filter({ hasText: 'Mehmet changed City: Van → Kars' }).waitFor();
    await lines.filter({ hasText: 'Ayşe added the customer' }).waitFor();
    await eventually(async () => {
      const texts = await lines.allInnerTexts();
      assert.ok(
        texts.some((t) => / · Mehmet changed City: Van → Kars$/.test(t.trim())),
        `history: ${JSON.stringify(texts)}`,
      );
    });
  }));
