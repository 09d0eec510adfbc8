// Helpers that use Rapport the way a person does: through the labels, roles and texts on
// screen. Shared by the feature tests; each test file starts its own server and browser.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { distDir, launchBrowser, openApp } from './harness.mjs';
import { startServer } from './serve.mjs';

/**
 * Starts a fresh server and browser for the calling test file and stops them after it.
 * Returns an object whose `url` and `browser` are set once `before` has run.
 */
export function useApp() {
  const app = { url: '', browser: null, server: null };
  before(async () => {
    app.server = await startServer(distDir());
    app.url = app.server.url;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Runs `body` with a fresh context (its own localStorage) on the app, closes the context
 * afterwards, and fails if the page logged an error (unless `allowErrors`).
 */
export async function withApp(app, body, { contextOptions, init, engineInit, allowErrors = false } = {}) {
  const session = await openApp(app.browser, app.url, { contextOptions, init, engineInit });
  // Everything here takes well under a second; fail fast instead of after 30 s.
  session.context.setDefaultTimeout(10_000);
  try {
    await body(session);
    if (!allowErrors) assert.deepEqual(session.errors, [], 'the page logged errors');
  } finally {
    await session.context.close();
  }
}

/**
 * Retries `check` (which throws while its assertions fail) until it passes: the web-first
 * way to assert something that the app renders asynchronously.
 */
export async function eventually(check, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  const pauses = [50, 100, 250, 500];
  for (let attempt = 0; ; attempt++) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((ok) => setTimeout(ok, pauses[Math.min(attempt, pauses.length - 1)]));
    }
  }
}

/** The labelled form control `label` (an exact label, so "Channel" is not "Preferred channel"). */
export const field = (scope, label) => scope.getByLabel(label, { exact: true });

/** Types `value` into a text field and leaves it with Tab, as a user does (saves on change). */
export async function typeInto(scope, label, value) {
  const input = field(scope, label);
  await input.fill(value);
  await input.press('Tab');
}

/** Reads a control's accessible description: the hint and error it points to. */
export async function description(locator) {
  return locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter((node) => node && !node.hidden)
      .map((node) => node.textContent.trim())
      .join(' '),
  );
}

/** Asserts the field shows `message` as its error: visible, and tied to the field. */
export async function expectFieldError(scope, label, message) {
  const control = field(scope, label);
  await scope.getByRole('alert').filter({ hasText: message }).first().waitFor();
  await eventually(async () => {
    assert.equal(await control.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`);
    assert.match(await description(control), new RegExp(escape(message)), `${label}'s error`);
  });
}

export const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First start: gives `name` on the welcome page and waits for the app. */
export async function join(page, name) {
  await field(page, 'Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText(`You are: ${name}`).waitFor();
}

/** Goes to a page through the main navigation ("Customers" or "Archive"). */
export async function navigateTo(page, linkName) {
  await page.getByRole('navigation').getByRole('link', { name: linkName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: linkName, exact: true }).waitFor();
}

/**
 * Fills the "New customer" form and saves it; returns the new customer's id (from the
 * URL #/customer/<id>). Fields: type, name, company, emails, phones, city, address, tags,
 * stage, reason, owner, channel, notes (selects by their visible label).
 */
export async function createCustomer(page, fields) {
  await openNewCustomerForm(page);
  await fillCustomerForm(page, fields);
  await page.getByRole('button', { name: 'Save customer' }).click();
  await page.waitForURL(/#\/customer\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: fields.name, exact: true }).waitFor();
  return customerId(page);
}

export async function openNewCustomerForm(page) {
  await page.getByRole('banner').getByRole('link', { name: 'New customer' }).click();
  await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
}

const TEXT_FIELDS = [
  ['name', 'Name'],
  ['company', 'Company'],
  ['emails', 'E-mails'],
  ['phones', 'Phones'],
  ['city', 'City'],
  ['address', 'Address'],
  ['tags', 'Tags'],
  ['notes', 'Notes'],
];
const SELECTS = [
  ['stage', 'Stage'],
  ['reason', 'Why it ended'],
  ['owner', 'Owner'],
  ['channel', 'Preferred channel'],
];

export async function fillCustomerForm(page, fields) {
  if (fields.type) await field(page, 'Type').selectOption({ label: fields.type });
  for (const [key, label] of TEXT_FIELDS) {
    if (fields[key] !== undefined) await typeInto(page, label, fields[key]);
  }
  for (const [key, label] of SELECTS) {
    if (fields[key] !== undefined) await field(page, label).selectOption({ label: fields[key] });
  }
}

/** The id of the customer whose page is open. */
export function customerId(page) {
  const match = /#\/customer\/([^/]+)$/.exec(page.url());
  assert.ok(match, `not on a customer page: ${page.url()}`);
  return match[1];
}

/** The customer list's status line, e.g. "3 customers shown". */
export const status = (page) => page.getByRole('main').getByRole('status');

/** Waits until the list says `n` customers are shown ("1 customer shown", "2 customers shown"). */
export async function expectShown(page, n, suffix = n === 1 ? 'customer shown' : 'customers shown') {
  await status(page).filter({ hasText: new RegExp(`^\\s*${n} ${escape(suffix)}\\s*$`) }).waitFor();
}

/**
 * The rows of the customer table, each as { name, company, city, stage, owner, lastContact }
 * (the selection checkbox's cell left out).
 */
export async function tableRows(page) {
  const table = page.getByRole('main').getByRole('table');
  if ((await table.count()) === 0) return [];
  const rows = await table.getByRole('row').all();
  const out = [];
  for (const row of rows.slice(1)) {
    const cells = await row.locator(':scope > td:not(.select)').allInnerTexts();
    const [name, company, city, stage, owner, lastContact] = cells.map((c) => c.trim());
    out.push({ name, company, city, stage, owner, lastContact });
  }
  return out;
}

/** The names in the customer table, in the order shown. */
export async function listedNames(page) {
  return (await tableRows(page)).map((r) => r.name);
}

/** Waits until the table lists exactly `names`, in that order. */
export async function expectListed(page, names, options) {
  await eventually(async () => assert.deepEqual(await listedNames(page), names), options);
}

/** Opens a customer from the list by the link on its name. */
export async function openCustomer(page, name) {
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** The "Log an interaction" form of the open customer page. */
export const logForm = (page) => page.getByRole('form', { name: 'Log an interaction' });

/** The interaction history's items, newest first as shown. */
export const historyItems = (page) =>
  page.getByRole('region', { name: 'Interaction history' }).getByRole('listitem');

/**
 * Logs an interaction with the form on the customer page. `when` is a datetime-local value
 * ("2026-11-20T10:30"); selects by their visible label; `satisfaction` a string or number.
 */
export async function logInteraction(page, { when, channel, kind, direction, summary, satisfaction }) {
  const form = logForm(page);
  const before = await historyItems(page).count();
  await fillInteractionForm(form, { when, channel, kind, direction, summary, satisfaction });
  await form.getByRole('button', { name: 'Log an interaction' }).click();
  await eventually(async () => assert.equal(await historyItems(page).count(), before + 1));
}

export async function fillInteractionForm(form, { when, channel, kind, direction, summary, satisfaction }) {
  if (when !== undefined) await field(form, 'When').fill(when);
  if (channel !== undefined) await field(form, 'Channel').selectOption({ label: channel });
  if (kind !== undefined) await field(form, 'Kind').selectOption({ label: kind });
  if (direction !== undefined) await field(form, 'Direction').selectOption({ label: direction });
  if (summary !== undefined) await typeInto(form, 'Summary', summary);
  if (satisfaction !== undefined) await typeInto(form, 'Satisfaction', String(satisfaction));
}

/** The summaries of the interaction history, in the order shown. */
export async function historySummaries(page) {
  // Read in one go: item by item, a list that changes meanwhile (an answer arriving)
  // would leave a locator waiting for an item that is gone.
  return historyItems(page).evaluateAll((items) =>
    items.map((item) => (item.querySelector('p')?.innerText ?? '').trim()));
}

/** The header's saving status: "Saving…", "Saved" or "Not saved". */
export const saveStatus = (page) => page.getByRole('banner').getByRole('status');

/**
 * Waits until the header says every change is stored (when the app shows a header), as a
 * user glances at it before closing the tab.
 */
export async function whenSaved(page) {
  if (await saveStatus(page).count()) {
    await eventually(async () => assert.match((await saveStatus(page).innerText()).trim(), /^(Saved|Kaydedildi)$/));
  }
}

/** Reloads the page and waits for the app to mount again (once everything is saved). */
export async function reload(page) {
  await whenSaved(page);
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
}
