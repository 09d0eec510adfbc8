// A customer's page: fields edited in place (saved on leaving the field), the interaction
// history (log, validate, edit, remove) and archiving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer,
  eventually,
  expectFieldError,
  expectListed,
  expectShown,
  field,
  fillInteractionForm,
  historyItems,
  historySummaries,
  join,
  logForm,
  logInteraction,
  navigateTo,
  openCustomer,
  reload,
  typeInto,
  useApp,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

const chosen = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());

/** The heading of the open customer page. */
const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

test('every field is edited in place and kept after a reload', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Oya Çelik', city: 'Ankara' });

    const texts = {
      Name: 'Oya Çelik Aksoy',
      Company: 'Mavi Tekstil',
      'E-mails': 'oya@mavi.com.tr, oya.celik@example.com',
      Phones: '0555 123 45 67, 0216 000 11 22',
      City: 'Eskişehir',
      Address: 'Bağdat Cad. 12/3\nKadıköy',
      Tags: 'yeni, bayi',
      Notes: 'Met at the Bursa fair.',
    };
    for (const [label, value] of Object.entries(texts)) await typeInto(page, label, value);
    const selects = { Stage: 'Commitment', Owner: 'No owner', 'Preferred channel': 'Visit' };
    for (const [label, value] of Object.entries(selects)) {
      await field(page, label).selectOption({ label: value });
    }
    await heading(page, 'Oya Çelik Aksoy').waitFor();

    await reload(page);
    await heading(page, 'Oya Çelik Aksoy').waitFor();
    for (const [label, value] of Object.entries(texts)) {
      assert.equal(await field(page, label).inputValue(), value, label);
    }
    for (const [label, value] of Object.entries(selects)) {
      assert.equal(await chosen(field(page, label)), value, label);
    }

    // The new company exists and lists her; the list shows the edits.
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Mavi Tekstil', 'Oya Çelik Aksoy']);
    await openCustomer(page, 'Mavi Tekstil');
    await page.getByRole('main').getByRole('link', { name: 'Oya Çelik Aksoy' }).waitFor();

    // The type too: a person becomes a company, and has no company field any more.
    await page.goBack();
    await navigateTo(page, 'Customers');
    await openCustomer(page, 'Oya Çelik Aksoy');
    await field(page, 'Type').selectOption({ label: 'Company' });
    await field(page, 'Company').waitFor({ state: 'detached' });
    await reload(page);
    await heading(page, 'Oya Çelik Aksoy').waitFor();
    assert.equal(await chosen(field(page, 'Type')), 'Company');
    assert.equal(await field(page, 'Company').count(), 0);
  }));

test('invalid edits show an error next to the field and keep the saved value', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Emre Güneş', emails: 'emre@gunes.com.tr', stage: 'Awareness' });

    await typeInto(page, 'Name', '');
    await expectFieldError(page, 'Name', 'This field cannot be empty.');
    await typeInto(page, 'E-mails', 'ayse@');
    await expectFieldError(page, 'E-mails', 'Not a valid e-mail address: ayse@');
    await field(page, 'Stage').selectOption({ label: 'Dissolution' });
    await expectFieldError(page, 'Why it ended', 'This field cannot be empty.');

    await reload(page);
    await heading(page, 'Emre Güneş').waitFor();
    assert.equal(await field(page, 'Name').inputValue(), 'Emre Güneş');
    assert.equal(await field(page, 'E-mails').inputValue(), 'emre@gunes.com.tr');
    assert.equal(await chosen(field(page, 'Stage')), 'Awareness');

    // With a reason, Dissolution is saved.
    await field(page, 'Stage').selectOption({ label: 'Dissolution' });
    await field(page, 'Why it ended').selectOption({ label: 'Needs changed' });
    await reload(page);
    await heading(page, 'Emre Güneş').waitFor();
    assert.equal(await chosen(field(page, 'Stage')), 'Dissolution');
    assert.equal(await chosen(field(page, 'Why it ended')), 'Needs changed');
  }));

test('interactions are logged newest first, validated, edited and removed', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Selin Aktaş' });
    await page.getByText('No interactions yet. Log the first contact.').waitFor();

    // "When" defaults to now (datetime-local, local time, to the minute).
    const form = logForm(page);
    assert.equal(await field(form, 'When').getAttribute('type'), 'datetime-local');
    await form.getByRole('spinbutton', { name: 'Satisfaction' }).waitFor();
    const when = await field(form, 'When').inputValue();
    assert.match(when, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const drift = await page.evaluate((value) => Math.abs(Date.now() - new Date(value).getTime()), when);
    assert.ok(drift < 2 * 60_000, `"When" is now (${when})`);

    // Logged out of order; shown newest first.
    await logInteraction(page, {
      when: '2026-11-20T10:30',
      channel: 'Meeting',
      kind: 'Purchase',
      direction: 'Incoming',
      summary: 'Ordered 40 rolls',
      satisfaction: 4,
    });
    await logInteraction(page, { when: '2026-11-21T09:00', summary: 'Asked about delivery' });
    await logInteraction(page, { when: '2026-11-19T17:45', kind: 'Complaint', summary: 'Late invoice' });
    await eventually(async () =>
      assert.deepEqual(await historySummaries(page), ['Asked about delivery', 'Ordered 40 rolls', 'Late invoice']),
    );
    const purchase = historyItems(page).filter({ hasText: 'Ordered 40 rolls' });
    for (const text of ['Meeting', 'Purchase', 'Incoming', '4/5', `by ${ME}`]) {
      await purchase.getByText(text, { exact: true }).waitFor();
    }
    // An empty satisfaction is "not rated": no score shown.
    const unrated = historyItems(page).filter({ hasText: 'Asked about delivery' });
    assert.equal(await unrated.getByText(/\/5$/).count(), 0);
    // The form is ready for the next one.
    assert.equal(await field(form, 'Summary').inputValue(), '');
    assert.equal(await field(form, 'Satisfaction').inputValue(), '');

    // Satisfaction out of 1–5 is refused, and nothing is logged.
    await fillInteractionForm(form, { summary: 'Too happy', satisfaction: 9 });
    await form.getByRole('button', { name: 'Log an interaction' }).click();
    await expectFieldError(form, 'Satisfaction', 'The value must be between 1–5');
    assert.equal(await historyItems(page).count(), 3);

    // Edit inline: Cancel changes nothing, Save changes the item (and its place by date).
    const late = historyItems(page).filter({ hasText: 'Late invoice' });
    await late.getByRole('button', { name: 'Edit' }).click();
    let editForm = page.getByRole('form', { name: 'Edit' });
    await typeInto(editForm, 'Summary', 'Not this');
    await editForm.getByRole('button', { name: 'Cancel' }).click();
    await editForm.waitFor({ state: 'detached' });
    await eventually(async () =>
      assert.deepEqual(await historySummaries(page), ['Asked about delivery', 'Ordered 40 rolls', 'Late invoice']),
    );

    await historyItems(page).filter({ hasText: 'Late invoice' }).getByRole('button', { name: 'Edit' }).click();
    editForm = page.getByRole('form', { name: 'Edit' });
    assert.equal(await field(editForm, 'Summary').inputValue(), 'Late invoice');
    assert.equal(await field(editForm, 'When').inputValue(), '2026-11-19T17:45');
    await fillInteractionForm(editForm, { when: '2026-11-22T08:15', summary: 'Late invoice, resent', satisfaction: 2 });
    await editForm.getByRole('button', { name: 'Save' }).click();
    await editForm.waitFor({ state: 'detached' });
    await eventually(async () =>
      assert.deepEqual(await historySummaries(page), ['Late invoice, resent', 'Asked about delivery', 'Ordered 40 rolls']),
    );

    // Remove asks first.
    const asked = historyItems(page).filter({ hasText: 'Asked about delivery' });
    await asked.getByRole('button', { name: 'Remove' }).click();
    await asked.getByRole('button', { name: 'Yes, remove' }).click();
    await eventually(async () =>
      assert.deepEqual(await historySummaries(page), ['Late invoice, resent', 'Ordered 40 rolls']),
    );

    await reload(page);
    await heading(page, 'Selin Aktaş').waitFor();
    await eventually(async () =>
      assert.deepEqual(await historySummaries(page), ['Late invoice, resent', 'Ordered 40 rolls']),
    );
    await historyItems(page).filter({ hasText: 'Late invoice, resent' }).getByText('2/5').waitFor();
  }));

test('an archived customer leaves the list, waits in the archive, and is restored with its history', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Burak Yıldız', city: 'Trabzon' });
    await logInteraction(page, { when: '2026-11-18T11:00', summary: 'Asked for a catalogue' });
    await createCustomer(page, { name: 'Hande Er' });
    await navigateTo(page, 'Customers');
    await expectShown(page, 2);

    await openCustomer(page, 'Burak Yıldız');
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByText('This customer is archived. Their history is kept.').waitFor();

    await navigateTo(page, 'Customers');
    await expectShown(page, 1);
    await expectListed(page, ['Hande Er']);

    await navigateTo(page, 'Archive');
    await expectShown(page, 1);
    await expectListed(page, ['Burak Yıldız']);
    await page
      .getByRole('row', { name: /Burak Yıldız/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expectShown(page, 0);
    await page.getByText('The archive is empty.', { exact: false }).waitFor();

    await navigateTo(page, 'Customers');
    await expectListed(page, ['Burak Yıldız', 'Hande Er']);
    await openCustomer(page, 'Burak Yıldız');
    assert.deepEqual(await historySummaries(page), ['Asked for a catalogue']);
    assert.equal(await page.getByText('This customer is archived.', { exact: false }).count(), 0);

    // Archived stays archived after a reload.
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('main').getByRole('button', { name: 'Restore' }).waitFor();
    await reload(page);
    await page.getByText('This customer is archived. Their history is kept.').waitFor();
    assert.deepEqual(await historySummaries(page), ['Asked for a catalogue']);
  }));
