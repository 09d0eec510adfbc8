// First start and creating customers: the welcome page, the "New customer" form, its
// validation, companies created from a person's "Company", and names that look like HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer,
  eventually,
  expectFieldError,
  expectShown,
  field,
  fillCustomerForm,
  join,
  navigateTo,
  openCustomer,
  openNewCustomerForm,
  tableRows,
  useApp,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

test('first start: the welcome page asks for a name, refuses an empty one, then shows who you are', () =>
  withApp(app, async ({ page }) => {
    await page.getByRole('heading', { level: 1, name: 'Welcome to Rapport' }).waitFor();
    const name = field(page, 'Your name');
    await name.waitFor();

    // An empty (or blank) name is refused, with the error next to the field.
    await name.fill('   ');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectFieldError(page, 'Your name', 'This field cannot be empty.');
    assert.equal(await page.getByRole('navigation').count(), 0, 'still on the welcome page');

    await join(page, ME);
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page.getByRole('banner').getByText(`You are: ${ME}`).waitFor();
    await expectShown(page, 0);
    await page.getByText('No customers yet. Start by adding your first customer.').waitFor();
  }));

test('a person with every field is saved, opens its page, and its company is created and linked', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    const id = await createCustomer(page, {
      type: 'Person',
      name: 'Şükrü Öztürk',
      company: 'Deniz Lojistik',
      emails: 'sukru@deniz.com.tr, s.ozturk@example.com',
      phones: '0532 111 22 33, +90 212 555 44 33',
      city: 'İzmir',
      address: 'Alsancak Mah. 1453 Sok. No: 7\nKonak',
      tags: 'vip, toptan',
      stage: 'Expansion',
      owner: ME,
      channel: 'E-mail',
      notes: 'Prefers calls after 14:00.',
    });
    assert.match(page.url(), new RegExp(`#/customer/${id}$`));

    // The page shows what was typed, field by field.
    const expected = {
      Name: 'Şükrü Öztürk',
      Company: 'Deniz Lojistik',
      'E-mails': 'sukru@deniz.com.tr, s.ozturk@example.com',
      Phones: '0532 111 22 33, +90 212 555 44 33',
      City: 'İzmir',
      Address: 'Alsancak Mah. 1453 Sok. No: 7\nKonak',
      Tags: 'vip, toptan',
      Notes: 'Prefers calls after 14:00.',
    };
    for (const [label, value] of Object.entries(expected)) {
      assert.equal(await field(page, label).inputValue(), value, label);
    }
    const selected = {
      Type: 'Person',
      Stage: 'Expansion',
      Owner: ME,
      'Preferred channel': 'E-mail',
    };
    for (const [label, value] of Object.entries(selected)) {
      const shown = await field(page, label).evaluate((s) => s.selectedOptions[0]?.textContent.trim());
      assert.equal(shown, value, label);
    }

    // The company became a customer of its own, linked both ways.
    await navigateTo(page, 'Customers');
    await expectShown(page, 2);
    assert.deepEqual(
      (await tableRows(page)).map((r) => [r.name, r.company, r.city, r.stage, r.owner, r.lastContact]),
      [
        ['Deniz Lojistik', '', '', 'Exploration', '', 'Never'],
        ['Şükrü Öztürk', 'Deniz Lojistik', 'İzmir', 'Expansion', ME, 'Never'],
      ],
    );
    await openCustomer(page, 'Deniz Lojistik');
    const companyType = await field(page, 'Type').evaluate((s) => s.selectedOptions[0].textContent.trim());
    assert.equal(companyType, 'Company');
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Şükrü Öztürk' }).click();
    await page.waitForURL(new RegExp(`#/customer/${id}$`));

    // A second person of the same company joins it instead of creating another one.
    await createCustomer(page, { name: 'Elif Kara', company: 'Deniz Lojistik' });
    await navigateTo(page, 'Customers');
    await expectShown(page, 3);
    const companies = (await tableRows(page)).filter((r) => r.name === 'Deniz Lojistik');
    assert.equal(companies.length, 1, 'one company "Deniz Lojistik"');
  }));

test('a company is created directly with Type: Company', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await openNewCustomerForm(page);
    await field(page, 'Type').selectOption({ label: 'Company' });
    // A company belongs to no company.
    await field(page, 'Company').waitFor({ state: 'detached' });
    await fillCustomerForm(page, { name: 'Mavi Tekstil A.Ş.', emails: 'info@mavi.com.tr' });
    // Enter in a field saves the form too.
    await field(page, 'City').fill('Bursa');
    await field(page, 'City').press('Enter');
    await page.waitForURL(/#\/customer\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Mavi Tekstil A.Ş.' }).waitFor();
    const type = await field(page, 'Type').evaluate((s) => s.selectedOptions[0].textContent.trim());
    assert.equal(type, 'Company');

    await navigateTo(page, 'Customers');
    await expectShown(page, 1);
    assert.deepEqual((await tableRows(page)).map((r) => [r.name, r.city]), [['Mavi Tekstil A.Ş.', 'Bursa']]);
  }));

test('bad input is reported next to each field and nothing is saved', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Can Demir' });
    await navigateTo(page, 'Customers');
    await expectShown(page, 1);

    await openNewCustomerForm(page);
    await fillCustomerForm(page, { name: '', emails: 'ayse@', city: 'Ankara' });
    await page.getByRole('button', { name: 'Save customer' }).click();
    await expectFieldError(page, 'Name', 'This field cannot be empty.');
    await expectFieldError(page, 'E-mails', 'Not a valid e-mail address: ayse@');
    await page.getByText('Please correct the marked fields.').waitFor();
    assert.match(page.url(), /#\/new$/, 'still on the form');
    assert.equal(await field(page, 'City').inputValue(), 'Ankara', 'what was typed is kept');

    await navigateTo(page, 'Customers');
    await expectShown(page, 1);
    assert.deepEqual((await tableRows(page)).map((r) => r.name), ['Can Demir']);

    // Corrected, the same form saves.
    await openNewCustomerForm(page);
    await fillCustomerForm(page, { name: 'Ayşe Kaya', emails: 'ayse@kaya.com.tr' });
    await page.getByRole('button', { name: 'Save customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ayşe Kaya' }).waitFor();
    await navigateTo(page, 'Customers');
    await expectShown(page, 2);
  }));

test('Dissolution reveals "Why it ended", which must be chosen', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await openNewCustomerForm(page);
    assert.equal(await field(page, 'Why it ended').count(), 0, 'hidden until Dissolution');
    await fillCustomerForm(page, { name: 'Kemal Sarı', stage: 'Dissolution' });
    await field(page, 'Why it ended').waitFor();
    await page.getByRole('button', { name: 'Save customer' }).click();
    await expectFieldError(page, 'Why it ended', 'This field cannot be empty.');
    assert.match(page.url(), /#\/new$/, 'not saved');

    await field(page, 'Why it ended').selectOption({ label: 'Went to a competitor' });
    await page.getByRole('button', { name: 'Save customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kemal Sarı' }).waitFor();
    const reason = await field(page, 'Why it ended').evaluate((s) => s.selectedOptions[0].textContent.trim());
    assert.equal(reason, 'Went to a competitor');

    // Another stage hides the reason again.
    await openNewCustomerForm(page);
    await fillCustomerForm(page, { stage: 'Dissolution' });
    await field(page, 'Why it ended').waitFor();
    await fillCustomerForm(page, { stage: 'Awareness' });
    await field(page, 'Why it ended').waitFor({ state: 'detached' });
  }));

test('HTML in a name stays inert text in the list and on its page', () =>
  withApp(app, async ({ page }) => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Ali';
    await join(page, ME);
    await createCustomer(page, { name: evil, city: '<b>Bolu</b>' });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: evil }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), evil);
    assert.equal(await page.getByRole('img').count(), 0, 'no image was made of the name');

    await navigateTo(page, 'Customers');
    await expectShown(page, 1);
    await eventually(async () =>
      assert.deepEqual((await tableRows(page)).map((r) => [r.name, r.city]), [[evil, '<b>Bolu</b>']]),
    );
    assert.equal(await page.getByRole('main').getByRole('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
  }));
