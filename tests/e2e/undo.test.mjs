// Undo: the note after an action offers Undo; Ctrl+Z outside a text field takes back the
// last action; inside a field it is the field's own undo. An undone customer stays gone
// after a reload, and an undone edit shows the value from before.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createCustomer, eventually, expectListed, field, join, navigateTo, reload, typeInto, useApp, withApp } from './app.mjs';

const app = useApp();
const note = (page) => page.locator('.toast-region[role="status"]');

test('a customer just added is taken back with the Undo button, and stays gone after a reload', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Kalacak Müşteri' });
    await createCustomer(page, { name: 'Yanlışlıkla Eklenen' });
    await note(page).getByText('Customer added.').waitFor();
    await note(page).getByRole('button', { name: 'Undo' }).click();
    await note(page).getByText('Undone: Customer added.').waitFor();
    // Its page is gone: the list shows instead.
    await page.getByRole('heading', { level: 1, name: 'Customers', exact: true }).waitFor();
    await expectListed(page, ['Kalacak Müşteri']);
    await reload(page);
    await expectListed(page, ['Kalacak Müşteri']);
  }));

test('Ctrl+Z outside a field takes back an edit; inside a field it does not', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Şule Işık', city: 'İzmir' });
    await typeInto(page, 'City', 'Muğla');
    await note(page).getByText('Customer changed.').waitFor();
    // In a field, Ctrl+Z is the browser's own: it takes back the typing, not the city.
    await field(page, 'Notes').click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Control+z');
    assert.equal(await field(page, 'Notes').inputValue(), '');
    assert.equal(await note(page).getByText(/^Undone/).count(), 0);
    await page.evaluate(() => document.activeElement?.blur());
    assert.equal(await field(page, 'City').inputValue(), 'Muğla');
    await page.keyboard.press('Control+z');
    await note(page).getByText('Undone: Customer changed.').waitFor();
    await eventually(async () => assert.equal(await field(page, 'City').inputValue(), 'İzmir'));
    await navigateTo(page, 'Customers');
    await expectListed(page, ['Şule Işık']);
    // A second Ctrl+Z takes back the one before: the customer's creation.
    await page.keyboard.press('Control+z');
    await note(page).getByText('Undone: Customer added.').waitFor();
    await expectListed(page, []);
  }));
