// The keyboard layer and the colour theme: the command palette (Ctrl+K) finds a customer
// with Turkish letters typed plainly and runs commands, with the arrow keys and Enter;
// single-key shortcuts (n, /, g b, l, ?) work, but never while typing in a field; the
// theme follows the system until the user chooses one, and the choice survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createCustomer, eventually, field, join, navigateTo, reload, useApp, withApp } from './app.mjs';

const app = useApp();

const palette = (page) => page.getByRole('dialog', { name: 'Command palette' });
const prompt = (page) => palette(page).getByRole('combobox', { name: "Type a customer's name or a command" });
/** Leaves whatever field has the focus, as a click on an empty spot does. */
const blur = (page) => page.evaluate(() => document.activeElement?.blur());
const labels = (page) => palette(page).locator('.palette-label').allInnerTexts();
const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

async function withCustomers(body, options) {
  await withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Çağrı Öztürk', city: 'İzmir' });
    await createCustomer(page, { name: 'Şule Işık', city: 'Muğla' });
    await body(page);
  }, options);
}

test('Ctrl+K opens the palette: a customer found by plain letters, a command run by the arrow keys', () =>
  withCustomers(async (page) => {
    await page.keyboard.press('Control+k');
    await prompt(page).waitFor();
    assert.equal(await prompt(page).evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type('cagri');
    const options = palette(page).getByRole('option');
    await eventually(async () => assert.deepEqual(await labels(page), ['Çağrı Öztürk']));
    await page.keyboard.press('Enter');
    await heading(page, 'Çağrı Öztürk').waitFor();
    assert.equal(await palette(page).isVisible(), false);

    // A command: typed in part, the second match chosen with the arrow key.
    await page.keyboard.press('Control+k');
    await prompt(page).fill('d');
    await eventually(async () => assert.ok((await labels(page)).includes('Dashboard')));
    await prompt(page).fill('board');
    await eventually(async () => assert.deepEqual(await labels(page), ['Board', 'Dashboard', 'Keyboard shortcuts']));
    await page.keyboard.press('ArrowDown');
    assert.equal(await options.nth(1).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowUp');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    assert.equal(await options.nth(1).getAttribute('aria-selected'), 'false');
    assert.equal(
      await prompt(page).getAttribute('aria-activedescendant'),
      await options.first().getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    await heading(page, 'Board').waitFor();

    // Escape closes it and nothing happens.
    await page.keyboard.press('Control+k');
    await prompt(page).fill('xyzzy');
    await palette(page).getByText('No customer or command matches.').waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await palette(page).isVisible(), false);
    await heading(page, 'Board').waitFor();
  }));

test('single keys: n, /, g b, l and ? do their work, but not while typing in a field', () =>
  withCustomers(async (page) => {
    await navigateTo(page, 'Customers');
    await page.keyboard.press('n');
    await heading(page, 'New customer').waitFor();
    // Typing an "n" or a "g" in the form types it.
    await field(page, 'Name').click();
    await page.keyboard.type('gbn/');
    assert.equal(await field(page, 'Name').inputValue(), 'gbn/');
    await heading(page, 'New customer').waitFor();

    await blur(page);
    await page.keyboard.press('/');
    await heading(page, 'Customers').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    await page.keyboard.type('şule');
    await page.getByText('1 customer shown').waitFor();

    await blur(page);
    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await heading(page, 'Board').waitFor();

    await page.goto(page.url().replace(/#.*/, '#/'));
    await page.getByRole('link', { name: 'Şule Işık' }).click();
    await heading(page, 'Şule Işık').waitFor();
    await page.keyboard.press('l');
    const summary = page.getByRole('form', { name: 'Log an interaction' }).getByLabel('Summary');
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true);

    await blur(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByRole('row', { name: /Go to the board/ }).waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    assert.equal(await help.isVisible(), false);
  }));

test('the theme follows the system until chosen, and the choice is remembered', () =>
  withApp(
    app,
    async ({ page }) => {
      await join(page, 'Ayşe Yılmaz');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = 'rgb(18, 20, 24)';
      const light = 'rgb(246, 247, 249)';
      assert.equal(await background(), dark, 'the system asks for dark');
      await field(page, 'Theme').selectOption({ label: 'Light' });
      assert.equal(await background(), light);
      await reload(page);
      assert.equal(await background(), light, 'remembered after a reload');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      await field(page, 'Theme').selectOption({ label: 'As the system' });
      assert.equal(await background(), dark);
      await page.emulateMedia({ colorScheme: 'light' });
      assert.equal(await background(), light);
      await field(page, 'Theme').selectOption({ label: 'Dark' });
      assert.equal(await background(), dark);
    },
    { contextOptions: { colorScheme: 'dark' } },
  ));
