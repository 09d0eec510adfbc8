// Custom customer fields: defined on the Products page (a name like a built-in field's
// refused), filled in on a customer's page (a wrong number said under the field and not
// stored, a number written the interface language's way), used to filter, sort and
// search the list, mapped by name in a CSV import, renamed and removed without losing a
// value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, expectFieldError, expectListed, field, join, navigateTo, reload,
  typeInto, useApp, whenSaved, withApp,
} from './app.mjs';

const app = useApp();
const main = (page) => page.getByRole('main');
const fieldsRegion = (page) => page.getByRole('region', { name: 'Customer fields' });

async function openFields(page) {
  await navigateTo(page, 'Quotes');
  await main(page).getByRole('link', { name: 'Products and services' }).click();
  await fieldsRegion(page).waitFor();
}

async function defineField(page, name, kind, options) {
  const form = fieldsRegion(page).getByRole('form', { name: 'Add a field' });
  await typeInto(form, 'Field name', name);
  await field(form, 'Kind').selectOption({ label: kind });
  if (options) {
    await field(form, 'Options').fill(options.join('\n'));
    await field(form, 'Options').press('Tab');
  }
  await form.getByRole('button', { name: 'Save the field' }).click();
  await form.getByRole('status').filter({ hasText: `Field “${name}” saved; your colleagues see it too.` }).waitFor();
}

const details = (page) => main(page).getByRole('group', { name: 'More details' });

test('fields are defined, filled in, filtered, sorted, searched, renamed and removed without losing a value', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await openFields(page);
    const form = fieldsRegion(page).getByRole('form', { name: 'Add a field' });
    // A name a built-in field goes by is refused, and nothing is added.
    await typeInto(form, 'Field name', 'Telefon');
    await form.getByRole('button', { name: 'Save the field' }).click();
    await expectFieldError(form, 'Field name',
      'A built-in field goes by this name (an import could not tell which one is meant): Telefon');
    await typeInto(form, 'Field name', '');
    await defineField(page, 'Sektör', 'One of a list', ['Gıda', 'İnşaat']);
    await defineField(page, 'Çalışan sayısı', 'Number');
    await defineField(page, 'E-fatura', 'Yes / no');
    await eventually(async () => assert.equal(
      await fieldsRegion(page).getByRole('list').first().getByRole('listitem').count(), 3));

    await createCustomer(page, { name: 'Kaya Gıda' });
    const kayaUrl = page.url();
    await field(details(page), 'Sektör').selectOption({ label: 'Gıda' });
    await typeInto(details(page), 'Çalışan sayısı', 'abc');
    await expectFieldError(details(page), 'Çalışan sayısı', 'Not a valid value for this field: abc');
    await typeInto(details(page), 'Çalışan sayısı', '1,250.5');
    await field(details(page), 'E-fatura').selectOption({ label: 'Yes' });
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(details(page), 'Sektör').inputValue(), 'Gıda');
    assert.equal(await field(details(page), 'Çalışan sayısı').inputValue(), '1,250.5');
    assert.equal(await field(details(page), 'E-fatura').inputValue(), 'yes');

    await createCustomer(page, { name: 'Bora Yapı' });
    await field(details(page), 'Sektör').selectOption({ label: 'İnşaat' });
    await typeInto(details(page), 'Çalışan sayısı', '9');
    await createCustomer(page, { name: 'Cemre Tekstil' });
    await whenSaved(page);

    await navigateTo(page, 'Customers');
    await field(main(page), 'Field').selectOption({ label: 'Sektör' });
    await field(main(page), 'Its value').selectOption({ label: 'Gıda' });
    await expectListed(page, ['Kaya Gıda']);
    await field(main(page), 'Its value').selectOption({ label: 'Without a value' });
    await expectListed(page, ['Cemre Tekstil']);
    await field(main(page), 'Field').selectOption({ label: 'Any field' });
    await expectListed(page, ['Bora Yapı', 'Cemre Tekstil', 'Kaya Gıda']);
    await field(main(page), 'Sort by').selectOption({ label: 'Çalışan sayısı' });
    await expectListed(page, ['Bora Yapı', 'Kaya Gıda', 'Cemre Tekstil']);
    // The field sorted by is shown as a column of its own, its values the language's way.
    await main(page).getByRole('columnheader', { name: 'Çalışan sayısı' }).waitFor();
    assert.match(await main(page).getByRole('row', { name: /Kaya Gıda/ }).innerText(), /1,250\.5/);
    await page.getByRole('searchbox', { name: 'Search' }).fill('insaat');
    await expectListed(page, ['Bora Yapı']);

    // Renamed: every value stays under the new name.
    await openFields(page);
    await fieldsRegion(page).getByRole('button', { name: 'Edit: Sektör' }).click();
    const edit = fieldsRegion(page).getByRole('form', { name: 'Edit the field' });
    assert.equal(await field(edit, 'Kind').isDisabled(), true, 'a kind never changes');
    await typeInto(edit, 'Field name', 'Sektörü');
    await edit.getByRole('button', { name: 'Save the field' }).click();
    await fieldsRegion(page).getByText('Sektörü', { exact: true }).waitFor();
    await page.goto(kayaUrl);
    assert.equal(await field(details(page), 'Sektörü').inputValue(), 'Gıda');

    // Removed: hidden, its values kept and back with it.
    await openFields(page);
    await fieldsRegion(page).getByRole('button', { name: 'Remove the field: Sektörü' }).click();
    await fieldsRegion(page).getByRole('status')
      .filter({ hasText: 'Field “Sektörü” removed; its values are kept and can be brought back.' }).waitFor();
    await fieldsRegion(page).getByRole('listitem').filter({ hasText: 'Sektörü' })
      .getByText('2 customers have a value').waitFor();
    await page.goto(kayaUrl);
    await field(details(page), 'Çalışan sayısı').waitFor();
    assert.equal(await field(details(page), 'Sektörü').count(), 0);
    await openFields(page);
    await fieldsRegion(page).getByRole('button', { name: 'Bring back: Sektörü' }).click();
    await page.goto(kayaUrl);
    assert.equal(await field(details(page), 'Sektörü').inputValue(), 'Gıda');

    // In Turkish, a number is written the Turkish way and read back so.
    await field(page, 'Language').selectOption({ label: 'Türkçe' });
    const ekBilgiler = main(page).getByRole('group', { name: 'Ek bilgiler' });
    await eventually(async () =>
      assert.equal(await field(ekBilgiler, 'Çalışan sayısı').inputValue(), '1.250,5'));
    await typeInto(ekBilgiler, 'Çalışan sayısı', '2.000');
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(main(page).getByRole('group', { name: 'Ek bilgiler' }), 'Çalışan sayısı')
      .inputValue(), '2.000');
    await field(main(page).getByRole('group', { name: 'Ek bilgiler' }), 'E-fatura')
      .locator('option', { hasText: 'Evet' }).waitFor({ state: 'attached' });
  }));

test('a CSV column named like a field is imported into it; a value not in its list is kept as written', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await openFields(page);
    await defineField(page, 'Sektör', 'One of a list', ['Gıda', 'İnşaat']);
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const section = page.getByRole('region', { name: 'Import customers' });
    await section.getByLabel('Choose a file (CSV or vCard)').setInputFiles({
      name: 'musteriler.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Ad Soyad;Şehir;sektor\nKaya Gıda;İzmir;gıda\nDeniz Tekstil;Bursa;Tekstil\n'),
    });
    // Guessed by name, Turkish letters and case aside.
    assert.equal(await section.getByLabel('sektor', { exact: true })
      .locator('option:checked').textContent(), 'Sektör');
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.getByText(/2 customers added/).waitFor();
    await navigateTo(page, 'Customers');
    await main(page).getByRole('link', { name: 'Kaya Gıda' }).click();
    assert.equal(await field(details(page), 'Sektör').inputValue(), 'Gıda');
    await navigateTo(page, 'Customers');
    await main(page).getByRole('link', { name: 'Deniz Tekstil' }).click();
    assert.equal(await field(details(page), 'Sektör').locator('option:checked').textContent(),
      'Tekstil (not in the list)');
  }));
