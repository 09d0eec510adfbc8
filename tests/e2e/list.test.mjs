// The "Customers" page: its table, the status line, Turkish-aware search, the filters and
// the sort orders (the Turkish alphabet: c < ç < d, ı < i, s < ş).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer,
  expectListed,
  expectShown,
  field,
  join,
  logInteraction,
  navigateTo,
  useApp,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

// Created in this order (for "Added"); the alphabetical order is another.
const PEOPLE = [
  { name: 'Şükrü Öztürk', city: 'Eskişehir', stage: 'Awareness' },
  { name: 'Can Demir', city: 'İSTANBUL', stage: 'Expansion', tags: 'toptan', owner: 'No owner' },
  { name: 'İpek Su', city: 'Adana', stage: 'Exploration' },
  { name: 'Çağrı Kaya', city: 'İzmir', stage: 'Commitment', tags: 'vip, toptan' },
  { name: 'Işık Tan', city: 'Ankara', stage: 'Awareness', tags: 'VIP' },
  { name: 'Deniz Aydın', city: 'Bursa', stage: 'Exploration' },
];
const ALPHABETICAL = ['Can Demir', 'Çağrı Kaya', 'Deniz Aydın', 'Işık Tan', 'İpek Su', 'Şükrü Öztürk'];

/** Joins and creates PEOPLE; Deniz and Can get an interaction each. Ends on the list. */
async function seed(page) {
  await join(page, ME);
  for (const person of PEOPLE) {
    await createCustomer(page, person);
    if (person.name === 'Deniz Aydın') {
      await logInteraction(page, { when: '2026-11-01T10:00', summary: 'First call' });
    }
    if (person.name === 'Can Demir') {
      await logInteraction(page, { when: '2026-11-10T15:30', summary: 'Visited the shop' });
    }
  }
  await navigateTo(page, 'Customers');
  await expectShown(page, PEOPLE.length);
}

async function search(page, text) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
}

test('the table has the expected columns and lists customers in Turkish alphabetical order', () =>
  withApp(app, async ({ page }) => {
    await seed(page);
    const headers = await page.getByRole('table').getByRole('columnheader').allInnerTexts();
    assert.deepEqual(
      headers.map((h) => h.trim()),
      ['', 'Name', 'Company', 'City', 'Stage', 'Owner', 'Last contact'],
    );
    // The first column chooses customers for bulk actions.
    await page.getByRole('columnheader').getByRole('checkbox', { name: 'Select all 6 shown' }).waitFor();
    await page.getByText('6 customers shown', { exact: true }).waitFor();
    await expectListed(page, ALPHABETICAL);
  }));

test('search folds Turkish letters and case, both ways', () =>
  withApp(app, async ({ page }) => {
    await seed(page);
    const cases = [
      ['sukru', ['Şükrü Öztürk']],
      ['ŞÜKRÜ', ['Şükrü Öztürk']],
      ['istanbul', ['Can Demir']], // the city İSTANBUL
      ['İstanbul', ['Can Demir']],
      ['ISIK', ['Işık Tan']],
      ['işık', ['Işık Tan']],
      ['cagri', ['Çağrı Kaya']],
      ['ÇAĞRI', ['Çağrı Kaya']],
      ['aydin', ['Deniz Aydın']],
      ['IZMIR', ['Çağrı Kaya']],
      ['ipek adana', ['İpek Su']], // every word must match
    ];
    for (const [query, names] of cases) {
      await search(page, query);
      await expectShown(page, names.length);
      await expectListed(page, names);
    }
    await search(page, 'zzz');
    await expectShown(page, 0);
    await page.getByText('No customer matches this search.').waitFor();
    await search(page, '');
    await expectShown(page, 6);
  }));

test('filters by stage, tag and owner, alone and together', () =>
  withApp(app, async ({ page }) => {
    await seed(page);
    const stage = field(page, 'Stage');
    const tags = field(page, 'Tags');
    const owner = field(page, 'Owner');

    await stage.selectOption({ label: 'Awareness' });
    await expectListed(page, ['Işık Tan', 'Şükrü Öztürk']);
    await expectShown(page, 2);
    await stage.selectOption({ label: 'All stages' });

    // Tags are offered as typed; "VIP" and "vip" are one tag for filtering.
    await tags.selectOption({ label: 'toptan' });
    await expectListed(page, ['Can Demir', 'Çağrı Kaya']);
    const vip = (await tags.locator('option').allInnerTexts()).find((t) => /^vip$/i.test(t.trim()));
    assert.ok(vip, 'a vip tag is offered');
    await tags.selectOption({ label: vip });
    await expectListed(page, ['Çağrı Kaya', 'Işık Tan']);
    await tags.selectOption({ label: 'All tags' });

    await owner.selectOption({ label: ME });
    await expectListed(page, ALPHABETICAL.filter((n) => n !== 'Can Demir'));

    // Together: owned by me, in Exploration, matching a search.
    await stage.selectOption({ label: 'Exploration' });
    await expectListed(page, ['Deniz Aydın', 'İpek Su']);
    await page.getByRole('searchbox', { name: 'Search' }).fill('ipek');
    await expectListed(page, ['İpek Su']);
    await expectShown(page, 1);
  }));

test('sorts by name, city, stage, last contact and date added, and reverses', () =>
  withApp(app, async ({ page }) => {
    await seed(page);
    const sortBy = field(page, 'Sort by');
    const reverse = page.getByRole('checkbox', { name: 'Reverse order' });

    await expectListed(page, ALPHABETICAL);
    await reverse.check();
    await expectListed(page, [...ALPHABETICAL].reverse());
    await reverse.uncheck();
    await expectListed(page, ALPHABETICAL);

    // Adana, Ankara, Bursa, Eskişehir, İSTANBUL, İzmir.
    await sortBy.selectOption({ label: 'City' });
    await expectListed(page, ['İpek Su', 'Işık Tan', 'Deniz Aydın', 'Şükrü Öztürk', 'Can Demir', 'Çağrı Kaya']);

    // The stages in the relationship's order; the name breaks ties.
    await sortBy.selectOption({ label: 'Stage' });
    await expectListed(page, ['Deniz Aydın', 'İpek Su', 'Işık Tan', 'Şükrü Öztürk', 'Can Demir', 'Çağrı Kaya']);

    // Most recent contact first, never contacted last (by name).
    await sortBy.selectOption({ label: 'Last contact' });
    await expectListed(page, ['Can Demir', 'Deniz Aydın', 'Çağrı Kaya', 'Işık Tan', 'İpek Su', 'Şükrü Öztürk']);

    await sortBy.selectOption({ label: 'Added' });
    await expectListed(page, PEOPLE.map((p) => p.name));
    await reverse.check();
    await expectListed(page, PEOPLE.map((p) => p.name).reverse());
  }));
