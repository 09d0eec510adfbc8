// Consent under KVKK: the workspace's information notice in versions; a person's consent
// recorded per purpose under the notice shown, withdrawn in one click, kept as a
// history; the contact actions warn where marketing consent is missing; the list filters
// by consent; the JSON export carries the history. In Turkish too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  createCustomer, description, expectListed, field, join, logInteraction, navigateTo, reload, typeInto,
  useApp, whenSaved, withApp,
} from './app.mjs';

const app = useApp();
const main = (page) => page.getByRole('main');
const consents = (page) => page.getByRole('region', { name: 'Consent (KVKK)' });
const contact = (page) => page.getByRole('navigation', { name: 'Contact' });

test('consent is recorded under the notice shown, warned about, filtered, withdrawn and exported', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await navigateTo(page, 'Quotes');
    await main(page).getByRole('link', { name: 'Products and services' }).click();
    const notices = page.getByRole('region', { name: 'Information notice (KVKK)' });
    const noticeForm = notices.getByRole('form', { name: 'Add a version' });
    await noticeForm.getByRole('button', { name: 'Save the version' }).click();
    await noticeForm.getByText('This field cannot be empty.').first().waitFor();
    await typeInto(noticeForm, 'Name of the version', '2026 Ocak');
    await field(noticeForm, 'Text').fill('Kişisel verileriniz 6698 sayılı KVKK uyarınca işlenir.');
    await field(noticeForm, 'Text').press('Tab');
    await noticeForm.getByRole('button', { name: 'Save the version' }).click();
    await noticeForm.getByRole('status').filter({ hasText: 'Version “2026 Ocak” saved.' }).waitFor();

    await createCustomer(page, { name: 'Deniz Kaya', phones: '0532 111 22 33', emails: 'deniz@ornek.com.tr' });
    const kayaUrl = page.url();
    // No consent yet: every action says so before it is used.
    const call = contact(page).getByRole('link', { name: 'Call 0532 111 22 33' });
    assert.match(await description(call),
      /^No marketing consent: Marketing by phone, Marketing on WhatsApp, Marketing by e-mail\./);
    const row = (purpose) => consents(page).getByRole('row', { name: new RegExp(`^${purpose}`) });
    assert.match(await row('Marketing by e-mail').innerText(), /Never asked/);

    // Nothing ticked: refused, nothing recorded.
    const form = consents(page).getByRole('form', { name: 'Record consent' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('This field cannot be empty.').waitFor();
    await form.getByRole('checkbox', { name: 'Marketing by e-mail' }).check();
    await form.getByRole('checkbox', { name: 'Marketing by phone' }).check();
    await field(form, 'How it was obtained').selectOption({ label: 'Signed paper' });
    assert.equal(await field(form, 'Information notice shown').locator('option:checked').textContent(), '2026 Ocak');
    await form.getByRole('button', { name: 'Save' }).click();
    await consents(page).getByRole('status').filter({ hasText: 'Consent recorded.' }).waitFor();
    await whenSaved(page);
    await reload(page);
    assert.match(await row('Marketing by e-mail').innerText(), /Given on .*Signed paper.*Ayşe Yılmaz/s);
    assert.match(await description(contact(page).getByRole('link', { name: 'Message on WhatsApp 0532 111 22 33' })),
      /^No marketing consent: Marketing on WhatsApp\./);
    assert.equal(await contact(page).getByRole('link', { name: 'Call 0532 111 22 33' })
      .getAttribute('aria-describedby'), null, 'a call with consent is not warned about');

    await createCustomer(page, { name: 'Bora Yapı' });
    await navigateTo(page, 'Customers');
    await field(main(page), 'Consent').selectOption({ label: 'Marketing by e-mail: given' });
    await expectListed(page, ['Deniz Kaya']);
    await field(main(page), 'Consent').selectOption({ label: 'Marketing by e-mail: not given' });
    await expectListed(page, ['Bora Yapı']);

    // Withdrawn in one click, dated now; the history keeps both events.
    await page.goto(kayaUrl);
    await consents(page).getByRole('button', { name: 'Withdraw: Marketing by e-mail' }).click();
    await consents(page).getByRole('status').filter({ hasText: 'Consent for Marketing by e-mail withdrawn.' }).waitFor();
    await whenSaved(page);
    assert.match(await row('Marketing by e-mail').innerText(), /Withdrawn on/);
    await consents(page).getByText('Consent history (3)').click();
    const history = await consents(page).locator('.consent-history li').allInnerTexts();
    assert.equal(history.length, 3);
    assert.match(history[0], /Marketing by e-mail: Withdrawn/);
    assert.match(history.join('\n'), /Marketing by e-mail: Given · Signed paper · Ayşe Yılmaz · 2026 Ocak/);

    // The JSON export carries the history and the notice.
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Everything (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    const deniz = exported.customers.find((c) => c.name === 'Deniz Kaya');
    assert.deepEqual(deniz.consents.map((c) => [c.purpose, c.state]).sort(), [
      ['marketing_email', 'given'], ['marketing_email', 'withdrawn'], ['marketing_phone', 'given'],
    ]);
    assert.equal(exported.notices[0].title, '2026 Ocak');
    assert.ok(deniz.consents.every((c) => c.source === 'signed_paper' ? c.notice === exported.notices[0].id : true));

    // In Turkish.
    await page.goto(kayaUrl);
    await field(page, 'Language').selectOption({ label: 'Türkçe' });
    const izinler = page.getByRole('region', { name: 'İzinler (KVKK)' });
    await izinler.getByRole('row', { name: /^E-postayla pazarlama/ }).filter({ hasText: 'geri çekildi' }).waitFor();
    await izinler.getByRole('row', { name: /^Telefonla pazarlama/ }).filter({ hasText: 'Islak imzalı belge' }).waitFor();
  }));

test('everything held about a person is one page to print and one JSON file, in either language', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Deniz Kaya', phones: '0532 111 22 33', city: 'İzmir' });
    await logInteraction(page, { summary: 'Fuarda tanıştık' });
    await createCustomer(page, { name: 'Bora Yapı', notes: 'Başkasının notu' });
    await navigateTo(page, 'Customers');
    await main(page).getByRole('link', { name: 'Deniz Kaya' }).click();
    const form = consents(page).getByRole('form', { name: 'Record consent' });
    await form.getByRole('checkbox', { name: 'Marketing by SMS' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await consents(page).getByRole('status').filter({ hasText: 'Consent recorded.' }).waitFor();
    await whenSaved(page);
    await consents(page).getByRole('link', { name: 'All data held about this person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Data held about Deniz Kaya' }).waitFor();
    const section = (name) => main(page).getByRole('region', { name });
    assert.match(await section('Record').innerText(), /0532 111 22 33[\s\S]*İzmir/);
    assert.match(await section('Interactions').innerText(), /Fuarda tanıştık/);
    assert.match(await section('Consent (KVKK)').innerText(), /Marketing by SMS: Given/);
    await section('History').getByText(/Ayşe Yılmaz · added the customer/).waitFor();
    assert.doesNotMatch(await main(page).innerText(), /Bora Yapı|Başkasının notu/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main(page).getByRole('button', { name: 'Download as JSON' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'rapport-deniz-kaya.json');
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.format, 'rapport-person-data');
    assert.equal(file.customer.name, 'Deniz Kaya');
    assert.equal(file.interactions[0].summary, 'Fuarda tanıştık');
    assert.deepEqual(file.customer.consents.map((c) => c.purpose), ['marketing_sms']);
    assert.ok(file.changes.some((c) => c.action === 'created'));
    assert.ok(!JSON.stringify(file).includes('Bora'), 'nobody else is in it');
    // The record of data events says who exported whose data and recorded what, and when.
    await navigateTo(page, 'Quotes');
    await main(page).getByRole('link', { name: 'Products and services' }).click();
    const events = page.getByRole('region', { name: 'Record of data events (KVKK)' });
    await events.getByText('Ayşe Yılmaz exported the data held about Deniz Kaya').waitFor();
    await events.getByText('Ayşe Yılmaz recorded consent for Deniz Kaya: Marketing by SMS — Given').waitFor();
    assert.equal(await events.getByRole('listitem').count(), 2);
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Data held about Deniz Kaya' }).waitFor();
    await field(page, 'Language').selectOption({ label: 'Türkçe' });
    await page.getByRole('heading', { level: 1, name: 'Deniz Kaya hakkında tutulan veriler' }).waitFor();
    await main(page).getByRole('button', { name: 'Yazdır / PDF' }).waitFor();
  }));
