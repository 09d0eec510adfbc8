// Reminders that reach the user: a follow-up gets a reminder time; when it comes while
// Rapport is open, the browser's notification (once per device), a notice on the page and
// a count in the tab's title; without permission, the notice, the title and a word on why.
// Today's follow-ups and meetings go to the phone's calendar as an .ics file whose events
// keep their identity from one export to the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  createCustomer, eventually, field, fillInteractionForm, join, logForm, navigateTo, reload, typeInto, useApp,
  whenSaved, withApp,
} from './app.mjs';

const app = useApp();

/** Runs first on every page: notifications the page makes are recorded as well as shown. */
function recordedNotifications() {
  const Real = window.Notification;
  if (!Real) return;
  window.__shown = [];
  window.Notification = class extends Real {
    constructor(title, options) {
      super(title, options);
      window.__shown.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
    }
  };
}

/** `2026-12-07T14:30` for now plus `minutes`, local time, as a datetime-local input takes it. */
const localTime = (page, minutes) => page.evaluate((minutes) => {
  const d = new Date(Date.now() + minutes * 60_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}, minutes);

async function addFollowUp(page, { title, due, remind }) {
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await field(form, 'Promise or task').selectOption({ label: 'Task for ourselves' });
  await field(form, 'Due').fill(due);
  await typeInto(form, 'Title', title);
  if (remind) await field(form, 'Remind me').fill(remind);
  await form.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: title }).waitFor();
}

const reminders = (page) => page.getByRole('region', { name: 'Reminders' });

test('a reminder that comes while Rapport is open notifies once, shows on the page and counts in the title until seen', () =>
  withApp(app, async ({ page, context }) => {
    await context.grantPermissions(['notifications']);
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Deniz Aydın' });
    const today = (await localTime(page, 0)).slice(0, 10);
    // Its time has just come; a later one has not.
    await addFollowUp(page, { title: 'Teklifi ara', due: today, remind: await localTime(page, -1) });
    await addFollowUp(page, { title: 'Sözleşmeyi gönder', due: today, remind: await localTime(page, 120) });
    const notice = reminders(page).getByRole('status').filter({ hasText: 'Reminder: Teklifi ara' });
    await notice.waitFor({ timeout: 15_000 });
    assert.match(await notice.innerText(), /Deniz Aydın/);
    assert.equal(await reminders(page).getByRole('status').count(), 1, 'only the one whose time came');
    await eventually(async () => assert.equal(await page.title(), '(1) Rapport'));
    assert.deepEqual(await page.evaluate(() => window.__shown.map(({ title, body }) => ({ title, body }))), [
      { title: 'Reminder: Teklifi ara', body: 'Deniz Aydın' },
    ]);
    // The line says when it reminds.
    const line = page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: 'Sözleşmeyi gönder' });
    assert.match(await line.innerText(), /Reminder: /);

    // After a reload it still counts, and the browser is not asked to ring again.
    await reload(page);
    await notice.waitFor({ timeout: 15_000 });
    await eventually(async () => assert.equal(await page.title(), '(1) Rapport'));
    assert.deepEqual(await page.evaluate(() => window.__shown), []);

    // Seen: it goes, from the title too, and stays gone.
    await notice.getByRole('button', { name: 'Seen' }).click();
    await notice.waitFor({ state: 'detached' });
    await eventually(async () => assert.equal(await page.title(), 'Rapport'));
    await whenSaved(page);
    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Deniz Aydın' }).waitFor();
    await page.waitForTimeout(500);
    assert.equal(await reminders(page).count(), 0);
  }, { init: recordedNotifications }));

test('without permission for notifications, a reminder says why and still shows on the page and in the title', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Kerem Şahin' });
    const today = (await localTime(page, 0)).slice(0, 10);
    await addFollowUp(page, { title: 'Geri ara', due: today });
    // A reminder set afterwards, on the line itself.
    const line = page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: 'Geri ara' });
    await field(line, 'Remind me').fill(await localTime(page, -2));
    await field(line, 'Remind me').dispatchEvent('change');
    await reminders(page).getByRole('status').filter({ hasText: 'Reminder: Geri ara' }).waitFor({ timeout: 15_000 });
    await eventually(async () => assert.equal(await page.title(), '(1) Rapport'));
    // Setting one in the form asks the browser, which says no here: the form says what that means.
    await addFollowUp(page, { title: 'Yarın yaz', due: today, remind: await localTime(page, 600) });
    await page.getByRole('status').filter({ hasText: 'Notifications are off for Rapport in this browser' }).waitFor();
    // Marking it kept settles the reminder too.
    await line.getByRole('button', { name: 'Mark kept' }).click();
    await eventually(async () => assert.equal(await page.title(), 'Rapport'));
    assert.equal(await reminders(page).count(), 0);
  }));

test('follow-ups and meetings go to the calendar as an .ics file; a newer file updates the same events', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Çağrı Öztürk' });
    const tomorrow = await localTime(page, 24 * 60);
    await addFollowUp(page, { title: 'Teklifi gönder, fiyatı sor', due: tomorrow.slice(0, 10), remind: tomorrow });
    // A meeting logged ahead.
    await fillInteractionForm(logForm(page), { when: `${tomorrow.slice(0, 10)}T10:00`, channel: 'Meeting', summary: 'Fabrikada toplantı' });
    await logForm(page).getByRole('button', { name: 'Log an interaction' }).click();
    await whenSaved(page);

    const exportCalendar = async () => {
      await navigateTo(page, 'Today');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'rapport-follow-ups.ics');
      await page.getByRole('status').filter({ hasText: 'Calendar file saved: rapport-follow-ups.ics' }).waitFor();
      const text = await readFile(await download.path(), 'utf8');
      assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'), text);
      const events = text.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1).map((event) => {
        const lines = event.split('\r\n');
        const value = (name) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');
        return {
          uid: value('UID'), summary: value('SUMMARY'), start: value('DTSTART'), status: value('STATUS'),
          sequence: Number(value('SEQUENCE')), alarm: value('TRIGGER'),
        };
      });
      return events;
    };
    const utc = (local) => page.evaluate((local) => new Date(local).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'), local);
    const first = await exportCalendar();
    const followUp = first.find((e) => e.summary === 'Teklifi gönder\\, fiyatı sor – Çağrı Öztürk');
    assert.ok(followUp, JSON.stringify(first));
    assert.equal(followUp.start, tomorrow.slice(0, 10).replace(/-/g, ''));
    assert.equal(followUp.status, 'CONFIRMED');
    assert.equal(followUp.alarm, await utc(tomorrow));
    const meeting = first.find((e) => e.summary === 'Fabrikada toplantı – Çağrı Öztürk');
    assert.ok(meeting, JSON.stringify(first));
    assert.equal(meeting.start, await utc(`${tomorrow.slice(0, 10)}T10:00`));

    // Done meanwhile: the same event, a later revision, cancelled.
    await page.getByRole('main').getByRole('listitem').filter({ hasText: 'Teklifi gönder' }).getByRole('button', { name: 'Mark kept' }).click();
    await whenSaved(page);
    await page.waitForTimeout(1_100);
    const second = await exportCalendar();
    const done = second.find((e) => e.uid === followUp.uid);
    assert.ok(done, JSON.stringify(second));
    assert.equal(done.status, 'CANCELLED');
    assert.equal(done.alarm, undefined);
    assert.ok(done.sequence > followUp.sequence);
    assert.equal(second.filter((e) => e.uid === meeting.uid).length, 1);
  }));
