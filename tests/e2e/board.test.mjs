// The lifecycle board: customers in a column per stage, moved by drag and drop, from the
// keyboard, and by the stage field on their page; moving to dissolution asks for a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, eventually, field, join, navigateTo, useApp, withApp } from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

/** The board's column for `stage` (a region named by its heading, "Awareness 2"). */
const column = (page, stage) =>
  page.getByRole('main').getByRole('region', { name: new RegExp(`^${stage}\\b`) });

/** The customer names in a column, in the order shown. */
async function namesIn(page, stage) {
  return (await column(page, stage).getByRole('listitem').getByRole('link').allInnerTexts()).map((n) => n.trim());
}

async function expectColumn(page, stage, names) {
  await eventually(async () => assert.deepEqual(await namesIn(page, stage), names, stage));
}

const card = (page, stage, name) => column(page, stage).getByRole('listitem').filter({ hasText: name });

const announced = (page) => page.getByRole('main').getByRole('status');

test('a customer moves across the board by drag and drop and from the keyboard', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Deniz Kaya', company: 'Kaya Tekstil' });
    await createCustomer(page, { name: 'Emre Güneş', stage: 'Awareness' });
    await navigateTo(page, 'Board');

    // Deniz's company is a customer too, created with them.
    await expectColumn(page, 'Exploration', ['Deniz Kaya', 'Kaya Tekstil']);
    await expectColumn(page, 'Awareness', ['Emre Güneş']);
    const deniz = card(page, 'Exploration', 'Deniz Kaya');
    await deniz.getByText('Kaya Tekstil').waitFor();
    await deniz.getByText('Never contacted').waitFor();

    // Drag and drop: Deniz goes to Expansion.
    await deniz.dragTo(column(page, 'Expansion'));
    await expectColumn(page, 'Expansion', ['Deniz Kaya']);
    await expectColumn(page, 'Exploration', ['Kaya Tekstil']);
    await eventually(async () => assert.equal((await announced(page).innerText()).trim(), 'Deniz Kaya moved to Expansion.'));

    // Keyboard: choose the stage on Emre's card, press the button with Enter.
    const emre = card(page, 'Awareness', 'Emre Güneş');
    const choice = emre.getByLabel('Move to a stage: Emre Güneş');
    await choice.focus();
    await choice.selectOption({ label: 'Commitment' });
    await emre.getByRole('button', { name: 'Move' }).press('Enter');
    await expectColumn(page, 'Commitment', ['Emre Güneş']);
    await expectColumn(page, 'Awareness', []);
    await eventually(async () => assert.equal((await announced(page).innerText()).trim(), 'Emre Güneş moved to Commitment.'));
    // Focus follows the card to its new column, so the next move is one key away.
    await eventually(async () =>
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.labels?.[0]?.textContent), 'Move to a stage: Emre Güneş'),
    );

    // The customer page tells the stage history: who, from which stage to which.
    await card(page, 'Commitment', 'Emre Güneş').getByRole('link', { name: 'Emre Güneş' }).click();
    const history = page.getByRole('region', { name: 'Stage history' });
    await history.getByText(`${ME}: Awareness → Commitment`).waitFor();
    await history.getByText(`${ME}: started in Awareness`).waitFor();
  }));

test('moving to dissolution asks for a reason; cancelling leaves the customer in place', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Selin Aydın', stage: 'Expansion' });
    await navigateTo(page, 'Board');
    const selin = card(page, 'Expansion', 'Selin Aydın');

    await selin.dragTo(column(page, 'Dissolution'));
    const dialog = page.getByRole('dialog', { name: 'Why did the relationship end?' });
    await dialog.waitFor();
    // Confirming without a reason is refused, next to the field.
    await dialog.getByRole('button', { name: 'Move to dissolution' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'This field cannot be empty.' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectColumn(page, 'Expansion', ['Selin Aydın']);
    await expectColumn(page, 'Dissolution', []);

    // Escape cancels too.
    await selin.dragTo(column(page, 'Dissolution'));
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectColumn(page, 'Expansion', ['Selin Aydın']);

    // With a reason, the move happens and the reason is kept.
    const choice = selin.getByLabel('Move to a stage: Selin Aydın');
    await choice.selectOption({ label: 'Dissolution' });
    await selin.getByRole('button', { name: 'Move' }).click();
    await field(dialog, 'Why it ended').selectOption({ label: 'Went to a competitor' });
    await dialog.getByRole('button', { name: 'Move to dissolution' }).click();
    await expectColumn(page, 'Dissolution', ['Selin Aydın']);
    await expectColumn(page, 'Expansion', []);
    await card(page, 'Dissolution', 'Selin Aydın').getByRole('link', { name: 'Selin Aydın' }).click();
    assert.equal(await field(page, 'Why it ended').evaluate((s) => s.selectedOptions[0].textContent), 'Went to a competitor');
    await page.getByRole('region', { name: 'Stage history' })
      .getByText(`${ME}: Expansion → Dissolution (Went to a competitor)`).waitFor();
  }));

test('the stage field on the customer page moves the customer on the board', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Mert Çelik' });
    await field(page, 'Stage').selectOption({ label: 'Awareness' });
    await navigateTo(page, 'Board');
    await expectColumn(page, 'Awareness', ['Mert Çelik']);
    await expectColumn(page, 'Exploration', []);
    await card(page, 'Awareness', 'Mert Çelik').getByRole('link', { name: 'Mert Çelik' }).click();
    await field(page, 'Stage').selectOption({ label: 'Commitment' });
    await page.goBack();
    await expectColumn(page, 'Commitment', ['Mert Çelik']);
  }));
