// Helpers for the sync-file tests: colleagues (each a browser profile of their own) who
// send each other files through the "Sync files" page, as a user does.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { openApp } from './harness.mjs';
import { escape, eventually, field, join, listedNames, navigateTo } from './app.mjs';

export const ANYONE = 'Anyone: the whole workspace';
/** The "For" choice of the colleague `name`. */
export const forColleague = (name) => `${name} (what they lack)`;

export const MESSAGES = {
  notSyncFile: 'This is not a Rapport sync file.',
  damaged:
    'The file is damaged or incomplete (its checksum does not match). Ask the sender for it again. Nothing was changed.',
  wrongPassphrase: 'The passphrase is wrong. Nothing was changed.',
  otherWorkspace:
    'This file belongs to another workspace and was not imported: two workspaces are never mixed.',
  newer: 'This file was made by a newer version of Rapport. Reload the page to update, then try again.',
  unreadable:
    "The file's checksum matches, but what it holds cannot be read: another program may have made it, or it was damaged before it was sealed. Ask the sender for a new file. Nothing was changed.",
  needsWhole:
    'This file holds only recent changes. To join, ask a colleague for a sync file of the whole workspace. Nothing was changed.',
  joins: "This app holds no work of its own yet: with this file you join the sender's workspace.",
  waits: 'Some changes in this file wait for an earlier file from the sender.',
  missing: 'A file is missing and changes are waiting. Ask for earlier files from:',
};

/** "Customers: 1 new, 0 changed · Interactions: 0 new, 0 changed". */
export const counts = ({ customers = [0, 0], interactions = [0, 0] }) =>
  `Customers: ${customers[0]} new, ${customers[1]} changed · ` +
  `Interactions: ${interactions[0]} new, ${interactions[1]} changed`;

/**
 * Runs `body` with one colleague per name in `names`: each a fresh browser context (its own
 * storage) who has given their name, plus a temporary folder for the files they exchange.
 * Fails if any page logged an error; closes everything afterwards.
 */
export async function withColleagues(app, names, body) {
  const dir = await mkdtemp(joinPath(tmpdir(), 'rapport-sync-'));
  const sessions = [];
  try {
    for (const name of names) {
      const session = await openApp(app.browser, app.url);
      session.context.setDefaultTimeout(10_000);
      session.name = name;
      sessions.push(session);
      await join(session.page, name);
    }
    await body(sessions.map((s) => s.page), dir);
    for (const s of sessions) assert.deepEqual(s.errors, [], `${s.name}'s page logged errors`);
  } finally {
    for (const s of sessions) await s.context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export const exportSection = (page) =>
  page.getByRole('region', { name: 'Send your changes', exact: true });
export const importSection = (page) =>
  page.getByRole('region', { name: "Receive a colleague's changes", exact: true });
export const colleaguesSection = (page) => page.getByRole('region', { name: 'Colleagues', exact: true });
export const preview = (page) => page.getByRole('region', { name: 'What the file brings', exact: true });
export const importAlert = (page) => importSection(page).getByRole('alert');

export async function openSyncPage(page) {
  if (!page.url().endsWith('#/sync')) await navigateTo(page, 'Sync files');
  await exportSection(page).waitFor();
}

let saved = 0;

/**
 * Exports a sync file `forWhom` (a "For" option), optionally under a passphrase, saves the
 * download into `dir` and checks the status line. Returns { path, name, bytes }.
 */
export async function exportFile(page, dir, { forWhom = ANYONE, passphrase } = {}) {
  await openSyncPage(page);
  const section = exportSection(page);
  await field(section, 'For').selectOption({ label: forWhom });
  await field(section, 'Passphrase (optional)').fill(passphrase ?? '');
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export sync file' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  const path = joinPath(dir, `${++saved}`.padStart(3, '0') + `-${name}`);
  await download.saveAs(path);
  const bytes = await readFile(path);
  const kb = Math.ceil(bytes.length / 1024);
  await section.getByRole('status').filter({ hasText: `Saved: ${name} (${kb} KB)` }).waitFor();
  return { path, name, bytes };
}

/** Writes `bytes` as a file in `dir` (a damaged or foreign file) and returns its path. */
export async function writeBytes(dir, name, bytes) {
  const path = joinPath(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Chooses the file at `path` in "Choose a sync file". */
export async function chooseFile(page, path) {
  await openSyncPage(page);
  await field(importSection(page), 'Choose a sync file').setInputFiles(path);
}

/** Waits for the preview of a chosen file and returns its text. */
export async function previewText(page) {
  const region = preview(page);
  await region.getByRole('button', { name: 'Apply', exact: true }).waitFor();
  return region.innerText();
}

/** Applies the previewed file; returns the "Applied: …" status text. */
export async function applyFile(page) {
  await preview(page).getByRole('button', { name: 'Apply', exact: true }).click();
  const applied = importSection(page).getByRole('status').filter({ hasText: /^\s*Applied:/ });
  await applied.waitFor();
  await preview(page).waitFor({ state: 'detached' });
  return (await applied.innerText()).trim();
}

/** Chooses the file at `path`, expects its preview to say `summary`, and applies it. */
export async function receive(page, path, summary) {
  await chooseFile(page, path);
  const text = await previewText(page);
  if (summary !== undefined) assert.match(text, new RegExp(escape(summary)), 'the preview');
  const applied = await applyFile(page);
  if (summary !== undefined) assert.match(applied, new RegExp(`^Applied: ${escape(summary)}`));
  return { preview: text, applied };
}

/** Exports from `sender` for `forWhom` and applies the file at `receiver`. */
export async function send(sender, receiver, dir, { forWhom, summary } = {}) {
  const file = await exportFile(sender, dir, { forWhom });
  await receive(receiver, file.path, summary);
  return file;
}

/** The Colleagues table as { name: { received, sent } } ("Never" or a date and time). */
export async function colleagueRows(page) {
  await openSyncPage(page);
  const table = colleaguesSection(page).getByRole('table');
  const rows = await table.getByRole('row').all();
  const out = {};
  for (const row of rows.slice(1)) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    const name = cells[0].replace(/\s+you$/i, '');
    out[name] = { received: cells[1], sent: cells[2] };
  }
  return out;
}

/** Goes to the Customers page and waits until it lists exactly `names` (in any order). */
export async function expectCustomers(page, names) {
  await navigateTo(page, 'Customers');
  await eventually(async () =>
    assert.deepEqual((await listedNames(page)).sort(), [...names].sort(), 'the customer list'),
  );
}

/** The City text box of the open customer page (the conflict group is labelled "City" too). */
// The city field offers the provinces (a datalist), so it is a combobox.
export const cityBox = (page) => page.getByRole('main').getByRole('combobox', { name: 'City', exact: true });

/** Waits until the City box of the open customer page shows `value`. */
export async function expectCity(page, value) {
  await eventually(async () => assert.equal(await cityBox(page).inputValue(), value));
}
