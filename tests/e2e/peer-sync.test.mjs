// Direct sync between two browsers over WebRTC, with no server: Ayşe creates an invitation,
// Mehmet (a fresh browser with no work yet) pastes it and sends back his answer, Ayşe
// pastes the answer, and from then on each one's edits appear on the other's screen. The
// connection is then cut (Mehmet's tab reloads) while both go on working, and restored
// with a new invitation, the other way round: nothing is lost. Pasted text that is not an
// invitation, or is the wrong half, gets a clear message and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createCustomer, eventually, expectListed, field, navigateTo, openCustomer, reload, typeInto, useApp } from './app.mjs';
import { withColleagues } from './sync-app.mjs';
import { killEngine } from './harness.mjs';

const app = useApp();
const LIMIT = { timeout: 120_000 };

const section = (page) => page.getByRole('region', { name: 'Direct connection (no server)', exact: true });
const peerRow = (page, name) =>
  section(page).getByRole('table', { name: 'Colleagues connected directly' }).getByRole('row', { name: new RegExp(`^${name}\\b`) });

async function openSection(page) {
  if (!page.url().endsWith('#/sync')) await navigateTo(page, 'Sync files');
  await section(page).waitFor();
}

/** `from` invites, `to` answers, `from` accepts: returns once both see each other in sync. */
async function connect(from, fromName, to, toName) {
  await openSection(from);
  await section(from).getByRole('button', { name: 'Create invitation' }).click();
  const invitation = await field(section(from), 'Your invitation').inputValue();
  assert.match(invitation, /^RAPPORT-INVITATION-1\.[A-Za-z0-9_-]+$/);
  console.log(`# an invitation is ${invitation.length} characters`);
  await section(from).getByRole('img', { name: 'QR code of the invitation' }).waitFor();

  await openSection(to);
  await field(section(to), 'Invitation from a colleague').fill(invitation);
  await section(to).getByRole('button', { name: 'Create answer' }).click();
  const answer = await field(section(to), 'Your answer').inputValue();
  assert.match(answer, /^RAPPORT-ANSWER-1\./);
  await section(to).getByText(`Send this back to ${fromName}; you are connected once they paste it.`).waitFor();

  await field(section(from), "Your colleague's answer").fill(answer);
  await section(from).getByRole('button', { name: 'Connect' }).click();
  await expectPeer(from, toName, 'Connected: in sync');
  await expectPeer(to, fromName, 'Connected: in sync');
}

async function expectPeer(page, name, state, timeout = 15_000) {
  await eventually(
    async () => assert.equal((await peerRow(page, name).getByRole('cell').first().innerText()).trim(), state),
    { timeout },
  );
}

/** Waits until the customer list shows exactly `names` (synced edits take a moment). */
async function expectCustomers(page, names) {
  await navigateTo(page, 'Customers');
  await expectListed(page, names, { timeout: 10_000 });
}

test('two browsers connected by invitation and answer see each other’s edits, and a cut loses nothing', LIMIT, () =>
  withColleagues(app, ['Ayşe Yılmaz', 'Mehmet Demir'], async ([ayse, mehmet]) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    await connect(ayse, 'Ayşe Yılmaz', mehmet, 'Mehmet Demir');
    // Mehmet had no work: he joined Ayşe's workspace and received it whole.
    await expectCustomers(mehmet, ['Çağrı Kaya']);

    // Live both ways, within a second or two.
    let start = Date.now();
    await createCustomer(mehmet, { name: 'Şule Öztürk', city: 'Ankara' });
    await expectCustomers(ayse, ['Çağrı Kaya', 'Şule Öztürk']);
    const toAyse = Date.now() - start;
    await openCustomer(ayse, 'Çağrı Kaya');
    await typeInto(ayse, 'City', 'Muğla');
    start = Date.now();
    await expectCustomers(mehmet, ['Çağrı Kaya', 'Şule Öztürk']);
    await openCustomer(mehmet, 'Çağrı Kaya');
    await eventually(async () => assert.equal(await field(mehmet, 'City').inputValue(), 'Muğla'), { timeout: 10_000 });
    console.log(`# an edit reached the other browser in ${toAyse} ms and ${Date.now() - start} ms`);

    await openSection(ayse);
    const lastInSync = (await peerRow(ayse, 'Mehmet Demir').getByRole('cell').nth(1).innerText()).trim();
    assert.notEqual(lastInSync, 'Never');

    // Cut: Mehmet's tab reloads. Both go on working while apart.
    await reload(mehmet);
    await expectPeer(ayse, 'Mehmet Demir', 'Not connected');
    await createCustomer(ayse, { name: 'Derya Aksoy' });
    await createCustomer(mehmet, { name: 'Yusuf Şahin' });
    await openSection(mehmet);
    await expectPeer(mehmet, 'Ayşe Yılmaz', 'Not connected');

    // Restored, this time Mehmet inviting: each gets what the other made meanwhile.
    await connect(mehmet, 'Mehmet Demir', ayse, 'Ayşe Yılmaz');
    const everyone = ['Çağrı Kaya', 'Derya Aksoy', 'Şule Öztürk', 'Yusuf Şahin'];
    await expectCustomers(ayse, everyone);
    await expectCustomers(mehmet, everyone);

    // Disconnecting is the user's choice too.
    await openSection(ayse);
    await peerRow(ayse, 'Mehmet Demir').getByRole('button', { name: 'Disconnect Mehmet Demir' }).click();
    await expectPeer(ayse, 'Mehmet Demir', 'Not connected');
    await openSection(mehmet);
    await expectPeer(mehmet, 'Ayşe Yılmaz', 'Not connected');
  }));

test('when one browser’s engine ends, the direct connection goes on with the new one, both ways', LIMIT, () =>
  withColleagues(app, ['Ayşe Yılmaz', 'Mehmet Demir'], async ([ayse, mehmet]) => {
    await createCustomer(ayse, { name: 'Çağrı Kaya', city: 'İzmir' });
    await connect(ayse, 'Ayşe Yılmaz', mehmet, 'Mehmet Demir');
    await expectCustomers(mehmet, ['Çağrı Kaya']);
    await killEngine(ayse);
    await createCustomer(ayse, { name: 'Derya Aksoy' });
    await expectCustomers(mehmet, ['Çağrı Kaya', 'Derya Aksoy']);
    await createCustomer(mehmet, { name: 'Yusuf Şahin' });
    await expectCustomers(ayse, ['Çağrı Kaya', 'Derya Aksoy', 'Yusuf Şahin']);
    await openSection(ayse);
    await expectPeer(ayse, 'Mehmet Demir', 'Connected: in sync');
  }));

test('pasted text that is no invitation, or the wrong half, is refused clearly and changes nothing', LIMIT, () =>
  withColleagues(app, ['Ayşe Yılmaz', 'Mehmet Demir'], async ([ayse, mehmet]) => {
    await createCustomer(mehmet, { name: 'Kendi Müşterim' });
    await openSection(mehmet);
    const refused = async (text, message) => {
      await field(section(mehmet), 'Invitation from a colleague').fill(text);
      await section(mehmet).getByRole('button', { name: 'Create answer' }).click();
      await section(mehmet).getByRole('alert').filter({ hasText: message }).waitFor();
      assert.equal(await field(section(mehmet), 'Your answer').count(), 0);
    };
    await refused('<b>merhaba</b> automerge:abc', 'This text holds no Rapport invitation or answer.');
    await openSection(ayse);
    await section(ayse).getByRole('button', { name: 'Create invitation' }).click();
    const invitation = await field(section(ayse), 'Your invitation').inputValue();
    await refused(invitation.slice(0, 60), 'This invitation or answer is incomplete or damaged: copy all of it again.');
    // Mehmet has work of his own in another workspace: never mixed.
    await refused(invitation, 'This comes from another workspace. Nothing was changed.');
    // An invitation where the answer goes.
    await field(section(ayse), "Your colleague's answer").fill(invitation);
    await section(ayse).getByRole('button', { name: 'Connect' }).click();
    await section(ayse)
      .getByRole('alert')
      .filter({ hasText: 'This is an invitation, not an answer: paste it in “Invitation from a colleague”.' })
      .waitFor();
    await expectCustomers(mehmet, ['Kendi Müşterim']);
    await expectCustomers(ayse, []);
  }));

test('the link in an invitation’s QR code opens the sync page with the invitation filled in', LIMIT, () =>
  withColleagues(app, ['Ayşe Yılmaz', 'Mehmet Demir'], async ([ayse, mehmet]) => {
    await openSection(ayse);
    await section(ayse).getByRole('button', { name: 'Create invitation' }).click();
    const invitation = await field(section(ayse), 'Your invitation').inputValue();
    const base = mehmet.url().split('#')[0];
    await mehmet.goto(`${base}#/connect/${invitation}`);
    await eventually(async () =>
      assert.equal(await field(section(mehmet), 'Invitation from a colleague').inputValue(), invitation),
    );
    await section(mehmet).getByRole('button', { name: 'Create answer' }).click();
    await field(section(mehmet), 'Your answer').waitFor();
  }));
