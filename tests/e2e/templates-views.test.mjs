// The workspace's e-mail templates and saved views. A template written once fills the
// subject and text of a customer's e-mail action (the customer's name in place of
// {name}, Turkish letters encoded); a nameless one is refused. A saved view keeps the
// list's search and filters under a name, is picked again after a reload, and removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, expectFieldError, expectListed, field, join, navigateTo, reload,
  typeInto, useApp, withApp,
} from './app.mjs';

const app = useApp();
const main = (page) => page.getByRole('main');

test('an e-mail template fills the e-mail action; a nameless one is refused', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Şükrü Öztürk', emails: 'sukru@example.com' });
    const customerUrl = page.url();
    const email = main(page).getByRole('link', { name: /Send an e-mail/ });
    assert.equal(await email.getAttribute('href'), 'mailto:sukru@example.com');
    // No template yet: nothing to choose.
    assert.equal(await main(page).getByLabel('E-mail template', { exact: true }).count(), 0);

    await navigateTo(page, 'Quotes');
    await main(page).getByRole('link', { name: 'Products and services' }).click();
    const form = page.getByRole('form', { name: 'Add template' });
    await typeInto(form, 'Subject', 'Adsız');
    await form.getByRole('button', { name: 'Save template' }).click();
    await expectFieldError(form, 'Template name', 'This field cannot be empty.');
    await typeInto(form, 'Template name', 'Teklif takibi');
    await typeInto(form, 'Subject', 'Teklifimiz hakkında');
    await field(form, 'Text').fill('Sayın {name},\nteklifimizi ilettik.');
    await field(form, 'Text').press('Tab');
    await form.getByRole('button', { name: 'Save template' }).click();
    await form.getByRole('status').filter({ hasText: 'Template Teklif takibi saved.' }).waitFor();
    const templates = page.getByRole('region', { name: 'E-mail templates' });
    await eventually(async () => assert.equal(await templates.getByRole('listitem').count(), 1));

    await page.goto(customerUrl);
    await field(main(page), 'E-mail template').selectOption({ label: 'Teklif takibi' });
    await eventually(async () => assert.equal(
      await email.getAttribute('href'),
      'mailto:sukru@example.com?subject=Teklifimiz%20hakk%C4%B1nda'
        + '&body=Say%C4%B1n%20%C5%9E%C3%BCkr%C3%BC%20%C3%96zt%C3%BCrk%2C%0D%0Ateklifimizi%20ilettik.',
    ));
    await field(main(page), 'E-mail template').selectOption({ label: 'No template' });
    await eventually(async () => assert.equal(await email.getAttribute('href'), 'mailto:sukru@example.com'));
  }));

test('a saved view keeps the search under a name, is picked again after a reload, and is removed', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Çağrı Öztürk', city: 'İzmir' });
    await createCustomer(page, { name: 'Deniz Kaya', city: 'Ankara' });
    await navigateTo(page, 'Customers');
    await page.getByRole('searchbox', { name: 'Search' }).fill('izmir');
    await expectListed(page, ['Çağrı Öztürk']);
    await main(page).getByRole('button', { name: 'Save this view…' }).click();
    // Without a name it is not saved.
    await main(page).getByRole('form', { name: 'Save this view…' }).getByRole('button', { name: 'Save' }).click();
    await main(page).getByRole('status').filter({ hasText: 'Give the view a name.' }).waitFor();
    await field(main(page), 'Name of the view').fill('İzmir\'deki müşteriler');
    await main(page).getByRole('form', { name: 'Save this view…' }).getByRole('button', { name: 'Save' }).click();
    await main(page).getByRole('status').filter({ hasText: 'İzmir\'deki müşteriler saved: your colleagues see it too.' }).waitFor();

    await reload(page);
    await expectListed(page, ['Çağrı Öztürk', 'Deniz Kaya']);
    await field(main(page), 'Saved views').selectOption({ label: 'İzmir\'deki müşteriler' });
    await expectListed(page, ['Çağrı Öztürk']);
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'izmir');
    await main(page).getByRole('button', { name: 'Remove the view' }).click();
    await eventually(async () => assert.equal(
      await field(main(page), 'Saved views').locator('option').count(), 1, 'only "Pick a view" is left'));
  }));
