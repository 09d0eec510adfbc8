// Commitments: a promise or a follow-up task on the customer page, seen on the "Today"
// page as overdue or due today, completed there, and the kept/broken record updated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomer, eventually, field, join, navigateTo, typeInto, useApp, withApp } from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

/** A local calendar day, `days` from today, as a date input takes it. */
const day = (page, days) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);

async function addCommitment(page, { kind, title, due }) {
  const form = page.getByRole('form', { name: 'Add a commitment' });
  if (kind) await field(form, 'Promise or task').selectOption({ label: kind });
  await field(form, 'Due').fill(due);
  await typeInto(form, 'Title', title);
  await form.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: title }).waitFor();
}

const record = (page) => page.getByRole('region', { name: 'Commitments' }).getByRole('status');
const group = (page, name) => page.getByRole('main').getByRole('region', { name: new RegExp(`^${name}\\b`) });
const item = (scope, title) => scope.getByRole('listitem').filter({ hasText: title });

test('a follow-up is due today, a promise overdue; completing them on Today updates the record', () =>
  withApp(app, async ({ page }) => {
    await join(page, ME);
    await createCustomer(page, { name: 'Deniz Kaya' });
    await eventually(async () => assert.match(await record(page).innerText(), /^No promise made to this customer yet\./));
    // A title is required.
    const form = page.getByRole('form', { name: 'Add a commitment' });
    await form.getByRole('button', { name: 'Add a commitment' }).click();
    await form.getByRole('alert').filter({ hasText: 'This field cannot be empty.' }).waitFor();

    await addCommitment(page, { kind: 'Promise to the customer', title: 'Send the quote', due: await day(page, -3) });
    await addCommitment(page, { kind: 'Task for ourselves', title: 'Call back about the installation', due: await day(page, 0) });
    await addCommitment(page, { kind: 'Promise to the customer', title: 'Install the new unit', due: await day(page, 5) });
    await eventually(async () =>
      assert.match(await record(page).innerText(), /^No promise settled yet; 2 open\. 1 of the open ones are overdue\./));

    await navigateTo(page, 'Today');
    const overdue = group(page, 'Overdue');
    await item(overdue, 'Send the quote').getByText('3 days overdue').waitFor();
    await item(overdue, 'Send the quote').getByRole('link', { name: 'Deniz Kaya' }).waitFor();
    await item(group(page, 'Due today'), 'Call back about the installation').waitFor();
    await item(group(page, 'Upcoming'), 'Install the new unit').waitFor();

    // Filtered to a colleague: mine are all there (I own them by default).
    await field(page, 'Whose').selectOption({ label: ME });
    await item(overdue, 'Send the quote').waitFor();

    // Completing: the promise kept, the task done; both leave the Today page.
    await item(overdue, 'Send the quote').getByRole('button', { name: 'Mark kept' }).click();
    await item(group(page, 'Due today'), 'Call back about the installation').getByRole('button', { name: 'Mark kept' }).click();
    await overdue.getByText('Nothing here.').waitFor();
    await group(page, 'Due today').getByText('Nothing here.').waitFor();
    // The upcoming promise is broken.
    await item(group(page, 'Upcoming'), 'Install the new unit').getByRole('button', { name: 'Mark broken' }).click();
    await group(page, 'Upcoming').getByText('Nothing here.').waitFor();

    // The customer's record: the task is not counted.
    await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Deniz Kaya', exact: true }).click();
    await eventually(async () =>
      assert.match(await record(page).innerText(), /^Kept 1 of 2 settled promises \(50%\); 1 broken, 0 open\. Tasks for ourselves are not counted/));
    const list = page.getByRole('region', { name: 'Commitments' });
    await item(list, 'Send the quote').getByText('Kept', { exact: true }).waitFor();
    await item(list, 'Install the new unit').getByText('Broken', { exact: true }).waitFor();
    // Reopening puts it back on the Today page.
    await item(list, 'Install the new unit').getByRole('button', { name: 'Reopen' }).click();
    await eventually(async () => assert.match(await record(page).innerText(), /^Kept 1 of 1 settled promises \(100%\); 0 broken, 1 open\./));
  }));
