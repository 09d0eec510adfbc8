// Choosing customers in the list and changing them together: stage, owner, tag, archive,
// and vCard export of a selection or of one customer from their page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  createCustomer,
  eventually,
  expectListed,
  expectShown,
  field,
  join,
  navigateTo,
  openCustomer,
  reload,
  tableRows,
  useApp,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

// In Turkish alphabetical order, as the list shows them.
const PEOPLE = [
  { name: 'Çağrı Öztürk', city: 'İzmir', emails: 'cagri@ornek.com.tr' },
  { name: 'Gülşen Ünal', city: 'Bursa', phones: '0532 111 22 33' },
  { name: 'İsmail Ağaoğlu', city: 'Ankara', tags: 'fuar' },
  { name: 'Şule Işık', city: 'Eskişehir', emails: 'sule@ornek.com.tr' },
];
const NAMES = PEOPLE.map((p) => p.name);

async function seed(page) {
  await join(page, ME);
  for (const person of PEOPLE) await createCustomer(page, person);
  await navigateTo(page, 'Customers');
  await expectShown(page, PEOPLE.length);
  await expectListed(page, NAMES);
}

const toolbar = (page) => page.getByRole('toolbar', { name: 'Selected customers' });
const rowBox = (page, name) => page.getByRole('main').getByRole('checkbox', { name: `Select ${name}`, exact: true });
const selectAll = (page) => page.getByRole('columnheader').getByRole('checkbox');
/** The bulk actions' status line (the list's count is the other status in the page). */
const result = (page) => page.getByRole('main').locator('.bulk-result');

async function expectResult(page, text) {
  await eventually(async () => assert.equal((await result(page).innerText()).trim(), text));
}

async function choose(page, names) {
  for (const name of names) await rowBox(page, name).check();
  const n = names.length;
  await toolbar(page).getByText(n === 1 ? '1 customer selected' : `${n} customers selected`, { exact: true }).waitFor();
}

async function expectNoSelection(page) {
  await eventually(async () => assert.equal(await toolbar(page).count(), 0, 'the bar is gone'));
  for (const box of await page.getByRole('main').getByRole('checkbox').all()) {
    assert.equal(await box.isChecked(), false);
  }
}

async function stagesByName(page) {
  return Object.fromEntries((await tableRows(page)).map((r) => [r.name, r.stage]));
}

/** Reads a download's file as text. */
async function downloaded(download) {
  return readFile(await download.path(), 'utf8');
}

const cardCount = (vcf) => (vcf.match(/^BEGIN:VCARD\r?$/gm) ?? []).length;
const cardNames = (vcf) => [...vcf.matchAll(/^FN:(.*?)\r?$/gm)].map((m) => m[1]).sort();

test('a selection gets a stage, a tag and an owner in one step each, and is archived after a confirmation', () =>
  withApp(app, async ({ page }) => {
    await seed(page);
    assert.equal(await toolbar(page).count(), 0, 'no bar without a selection');

    // Stage: three of four, by their checkboxes.
    const three = ['Çağrı Öztürk', 'Gülşen Ünal', 'Şule Işık'];
    await choose(page, three);
    const bar = toolbar(page);
    await field(bar, 'New stage').selectOption({ label: 'Commitment' });
    await bar.getByRole('button', { name: 'Set stage' }).click();
    await expectResult(page, 'Stage set to Commitment for 3 customers.');
    await expectNoSelection(page);
    // The focus is on the result, not lost with the bar.
    assert.equal(await result(page).evaluate((el) => el === document.activeElement), true);
    await eventually(async () =>
      assert.deepEqual(await stagesByName(page), {
        'Çağrı Öztürk': 'Commitment',
        'Gülşen Ünal': 'Commitment',
        'İsmail Ağaoğlu': 'Exploration',
        'Şule Işık': 'Commitment',
      }),
    );
    await navigateTo(page, 'Board');
    const commitment = page.getByRole('region', { name: /^Commitment\b/ });
    await eventually(async () =>
      assert.deepEqual((await commitment.getByRole('listitem').getByRole('link').allInnerTexts()).map((n) => n.trim()), three),
    );
    await navigateTo(page, 'Customers');

    // Tag: İsmail has it already (typed "fuar": tags compare folded).
    await choose(page, ['Çağrı Öztürk', 'İsmail Ağaoğlu', 'Şule Işık']);
    await toolbar(page).getByRole('button', { name: 'Add tag' }).click();
    await toolbar(page).getByRole('alert').filter({ hasText: 'This field cannot be empty.' }).waitFor();
    await field(toolbar(page), 'Tag').fill('Fuar');
    await toolbar(page).getByRole('button', { name: 'Add tag' }).click();
    await expectResult(page, 'Tag “Fuar” added to 2 customers. 1 customer already had this tag.');
    await expectNoSelection(page);
    // Two customers now spell it "Fuar", one "fuar": the filter lists it once, as most spell it.
    await field(page, 'Tags').locator('option', { hasText: /^Fuar$/ }).waitFor({ state: 'attached' });
    await field(page, 'Tags').selectOption({ label: 'Fuar' });
    await expectShown(page, 3);
    await expectListed(page, ['Çağrı Öztürk', 'İsmail Ağaoğlu', 'Şule Işık']);

    // Owner: "select all shown" takes the three the filter shows, not the fourth.
    await selectAll(page).check();
    await toolbar(page).getByText('3 customers selected', { exact: true }).waitFor();
    assert.equal(await selectAll(page).getAttribute('aria-label'), 'Select all 3 shown');
    await field(toolbar(page), 'New owner').selectOption({ label: 'No owner' });
    await toolbar(page).getByRole('button', { name: 'Set owner' }).click();
    await expectResult(page, 'Owner removed from 3 customers.');
    await field(page, 'Tags').selectOption({ label: 'All tags' });
    await expectShown(page, 4);
    await eventually(async () =>
      assert.deepEqual(
        (await tableRows(page)).map((r) => [r.name, r.owner]),
        [['Çağrı Öztürk', ''], ['Gülşen Ünal', ME], ['İsmail Ağaoğlu', ''], ['Şule Işık', '']],
      ),
    );
    await choose(page, ['Gülşen Ünal', 'Şule Işık']);
    await field(toolbar(page), 'New owner').selectOption({ label: ME });
    await toolbar(page).getByRole('button', { name: 'Set owner' }).click();
    await expectResult(page, `Owner set to ${ME} for 1 customer. 1 customer already had this owner.`);

    // The selection outlives a search; the bar says how many it hides.
    await rowBox(page, 'Gülşen Ünal').check();
    await page.getByRole('searchbox', { name: 'Search' }).fill('isik');
    await expectListed(page, ['Şule Işık']);
    await selectAll(page).check();
    await toolbar(page).getByText('2 customers selected', { exact: true }).waitFor();
    await toolbar(page).getByText('(1 hidden by the search or filters)').waitFor();
    // Escape lets go of it (from anywhere but the search box).
    await rowBox(page, 'Şule Işık').press('Escape');
    await expectResult(page, 'Selection cleared.');
    await expectNoSelection(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expectShown(page, 4);

    // Archive: asks first, with the count; cancelling changes nothing.
    await choose(page, ['Gülşen Ünal', 'İsmail Ağaoğlu']);
    await toolbar(page).getByRole('button', { name: 'Archive…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive 2 customers?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => assert.equal(await dialog.count(), 0));
    await expectShown(page, 4);
    await toolbar(page).getByRole('button', { name: 'Archive…' }).click();
    await dialog.getByRole('button', { name: 'Archive 2 customers' }).click();
    await expectResult(page, '2 customers archived; they can be restored from the Archive page.');
    await expectShown(page, 2);
    await expectListed(page, ['Çağrı Öztürk', 'Şule Işık']);
    await navigateTo(page, 'Archive');
    await expectListed(page, ['Gülşen Ünal', 'İsmail Ağaoğlu']);
    // The archive is a plain list: nothing to select there.
    assert.equal(await page.getByRole('main').getByRole('checkbox', { name: /^Select/ }).count(), 0);

    // Every change was stored.
    await reload(page);
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Çağrı Öztürk', 'Şule Işık']);
    assert.deepEqual(
      (await tableRows(page)).map((r) => [r.name, r.stage, r.owner]),
      [['Çağrı Öztürk', 'Commitment', ''], ['Şule Işık', 'Commitment', ME]],
    );
    await field(page, 'Tags').selectOption({ label: 'Fuar' });
    await expectListed(page, ['Çağrı Öztürk', 'Şule Işık']);
    await navigateTo(page, 'Archive');
    await expectListed(page, ['Gülşen Ünal', 'İsmail Ağaoğlu']);
  }));

test('shift-click chooses a range; dissolution asks why; the selection and one customer export as vCard', () =>
  withApp(app, async ({ page }) => {
    await seed(page);

    // A click, then a shift-click three rows down: the three in between.
    await rowBox(page, 'Çağrı Öztürk').click();
    await rowBox(page, 'İsmail Ağaoğlu').click({ modifiers: ['Shift'] });
    await toolbar(page).getByText('3 customers selected', { exact: true }).waitFor();
    assert.equal(await rowBox(page, 'Gülşen Ünal').isChecked(), true);
    assert.equal(await rowBox(page, 'Şule Işık').isChecked(), false);
    assert.equal(await selectAll(page).evaluate((el) => el.indeterminate), true);

    // vCard of the selection: exactly those three, Turkish letters intact.
    const downloading = page.waitForEvent('download');
    await toolbar(page).getByRole('button', { name: 'Export vCard' }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), 'rapport-3-customers.vcf');
    const vcf = await downloaded(download);
    assert.equal(cardCount(vcf), 3);
    assert.deepEqual(cardNames(vcf), ['Gülşen Ünal', 'Çağrı Öztürk', 'İsmail Ağaoğlu'].sort());
    assert.ok(vcf.includes('cagri@ornek.com.tr'));
    assert.ok(!vcf.includes('Şule'));
    await expectResult(page, '3 customers exported to rapport-3-customers.vcf');
    // Exporting changes nothing, so the selection stays for a next step.
    await toolbar(page).getByText('3 customers selected', { exact: true }).waitFor();

    // Dissolution asks for the reason, like the board; cancelling keeps everyone.
    await field(toolbar(page), 'New stage').selectOption({ label: 'Dissolution' });
    await toolbar(page).getByRole('button', { name: 'Set stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why did the relationship end?' });
    await dialog.getByText('3 customers will move to dissolution.').waitFor();
    await page.keyboard.press('Escape');
    await expectResult(page, 'Cancelled; nothing was changed.');
    await toolbar(page).getByText('3 customers selected', { exact: true }).waitFor();
    await toolbar(page).getByRole('button', { name: 'Set stage' }).click();
    await field(dialog, 'Why it ended').selectOption({ label: 'Went to a competitor' });
    await dialog.getByRole('button', { name: 'Move to dissolution' }).click();
    await expectResult(page, 'Stage set to Dissolution for 3 customers.');
    await eventually(async () =>
      assert.deepEqual(await stagesByName(page), {
        'Çağrı Öztürk': 'Dissolution',
        'Gülşen Ünal': 'Dissolution',
        'İsmail Ağaoğlu': 'Dissolution',
        'Şule Işık': 'Exploration',
      }),
    );

    // One customer's card, from their page.
    await openCustomer(page, 'Şule Işık');
    const single = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download vCard' }).click();
    const card = await single;
    assert.equal(card.suggestedFilename(), 'rapport-sule-isik.vcf');
    const text = await downloaded(card);
    assert.equal(cardCount(text), 1);
    assert.deepEqual(cardNames(text), ['Şule Işık']);
    assert.ok(text.includes('sule@ornek.com.tr'));
  }));

test('a change to more than a handful asks first, says how to undo it, and Undo puts each one back', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    const rows = ['Ad Soyad,Aşama', 'Ada Bir,commitment', ...[2, 3, 4, 5, 6, 7].map((n) => `Ada ${n},`)];
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles({
      name: 'yedi.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n') + '\n'),
    });
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.getByText(/7 customers added/).waitFor();
    await navigateTo(page, 'Customers');
    await expectShown(page, 7);
    await selectAll(page).check();
    await field(toolbar(page), 'New stage').selectOption({ label: 'Expansion' });
    await toolbar(page).getByRole('button', { name: 'Set stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change 7 customers?' });
    assert.equal((await dialog.locator('#archive-text').innerText()).trim(),
      'Stage: Expansion. Undo (Ctrl+Z) right after puts each customer back as they were.');
    // Cancelled: nothing changes.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectResult(page, 'Cancelled; nothing was changed.');
    await field(page, 'Stage').selectOption({ label: 'Expansion' });
    await expectShown(page, 0, 'customers shown');
    await field(page, 'Stage').selectOption({ label: 'All stages' });
    await selectAll(page).check();
    await field(toolbar(page), 'New stage').selectOption({ label: 'Expansion' });
    await toolbar(page).getByRole('button', { name: 'Set stage' }).click();
    await dialog.getByRole('button', { name: 'Change 7 customers' }).click();
    await expectResult(page, 'Stage set to Expansion for 7 customers.');
    await field(page, 'Stage').selectOption({ label: 'Expansion' });
    await expectShown(page, 7);
    // Undo: each goes back to their own stage (one was in commitment).
    const toast = page.locator('.toast-region');
    await toast.getByText('The chosen customers were changed.').waitFor();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expectShown(page, 0, 'customers shown');
    await field(page, 'Stage').selectOption({ label: 'Commitment' });
    await expectListed(page, ['Ada Bir']);
    await field(page, 'Stage').selectOption({ label: 'Exploration' });
    await expectShown(page, 6);
  }));
