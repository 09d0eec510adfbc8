// First run: a new user may try Rapport with a sample workspace (the screens full of
// realistic data, a notice that it is a sample) and leave it for an empty workspace (the
// same user, nothing to join again); the help page on sync files is reached from the sync
// page and from the palette.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { expectShown, field, navigateTo, useApp, withApp } from './app.mjs';

const app = useApp();

test('a new user tries the sample workspace, then starts with an empty one', { timeout: 90_000 }, () =>
  withApp(app, async ({ page }) => {
    await field(page, 'Your name').fill('Deniz Aydın');
    const started = Date.now();
    await page.getByRole('button', { name: 'Try it with a sample workspace' }).click();
    await page.getByText('You are: Deniz Aydın').waitFor({ timeout: 30_000 });
    console.log(`# the sample workspace opened in ${Date.now() - started} ms`);
    await expectShown(page, 60);
    const banner = page.getByRole('region', { name: 'Sample workspace' });
    await banner.getByText('You are trying Rapport with a sample workspace').waitFor();
    // Every screen has something to show.
    await navigateTo(page, 'Board');
    assert.ok((await page.getByRole('main').getByRole('listitem').count()) >= 30);
    await navigateTo(page, 'Dashboard');

    await banner.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await banner.getByRole('button', { name: 'Keep the sample' }).click();
    // Kept: the offer is back and the data is still here.
    await banner.getByRole('button', { name: 'Start with an empty workspace' }).waitFor();
    await navigateTo(page, 'Customers');
    await expectShown(page, 60);
    await banner.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await banner.getByRole('button', { name: 'Yes, start empty' }).click();
    // The page starts again, empty, with the same user.
    await page.getByText('No customers yet. Start by adding your first customer.').waitFor({ timeout: 15_000 });
    await page.getByText('You are: Deniz Aydın').waitFor();
    assert.equal(await page.getByRole('region', { name: 'Sample workspace' }).count(), 0);
  }));

test('the help on sync files is reached from the sync page and from the palette', () =>
  withApp(app, async ({ page }) => {
    await field(page, 'Your name').fill('Ayşe Yılmaz');
    await page.getByRole('button', { name: 'Start' }).click();
    await navigateTo(page, 'Sync files');
    await page.getByRole('link', { name: 'How do I send a sync file?' }).click();
    const title = page.getByRole('heading', { level: 1, name: 'Sending a sync file to a colleague' });
    await title.waitFor();
    assert.equal(await page.getByRole('main').getByRole('list').first().getByRole('listitem').count(), 5);
    await page.getByRole('link', { name: 'Go to sync files' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sync files' }).waitFor();

    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: "Type a customer's name or a command" }).fill('sending');
    await page.keyboard.press('Enter');
    await title.waitFor();
  }));
