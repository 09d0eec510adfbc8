// One tap to reach a customer: call, WhatsApp and e-mail from the customer's page, each
// followed by an offer to log it with channel, time and customer filled in; phone numbers
// understood in the ways Turks write them, an impossible one warned about and kept; on a
// phone the actions are large and come first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer, eventually, field, historyItems, historySummaries, join, logForm, reload, typeInto, useApp,
  whenSaved, withApp,
} from './app.mjs';

const app = useApp();
const contact = (page) => page.getByRole('navigation', { name: 'Contact' });

/**
 * Stands in for the device's phone and mail apps, which a headless browser has not: a
 * click on a `tel:` or `mailto:` link is noted and handed to nobody (the app's own click
 * handling runs first, as it would).
 */
function deviceApps() {
  window.__handedOver = [];
  window.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href^="tel:"], a[href^="mailto:"]');
    if (link) {
      event.preventDefault();
      window.__handedOver.push(link.getAttribute('href'));
    }
  });
}

test('a customer is called, messaged on WhatsApp and e-mailed from their page, and each is offered for logging', () =>
  withApp(app, async ({ page, context }) => {
    // WhatsApp is the only site outside the app, asked only on a click (a call and an
    // e-mail go to the device's apps, no request at all).
    const outside = [];
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && !url.startsWith(app.url)) outside.push(url);
    });
    await context.route('https://wa.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title>' }));
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, {
      name: 'Deniz Aydın', phones: '+90 (532) 111-22-33, +44 20 7946 0958, 444 1 444', emails: 'deniz@ornek.com.tr',
    });
    const call = contact(page).getByRole('link', { name: 'Call 0532 111 22 33' });
    assert.equal(await call.getAttribute('href'), 'tel:+905321112233');
    assert.equal(await contact(page).getByRole('link', { name: 'Call +442079460958' }).getAttribute('href'), 'tel:+442079460958');
    assert.equal(await contact(page).getByRole('link', { name: 'Call 444 1 444' }).getAttribute('href'), 'tel:4441444');
    const whatsapp = contact(page).getByRole('link', { name: 'Message on WhatsApp 0532 111 22 33' });
    assert.equal(await whatsapp.getAttribute('href'), 'https://wa.me/905321112233');
    assert.equal(await whatsapp.getAttribute('target'), '_blank');
    // A nationwide number has no WhatsApp.
    assert.equal(await contact(page).getByRole('link', { name: /WhatsApp 444/ }).count(), 0);
    const email = contact(page).getByRole('link', { name: 'Send an e-mail deniz@ornek.com.tr' });
    assert.equal(await email.getAttribute('href'), 'mailto:deniz@ornek.com.tr');
    assert.deepEqual(outside, [], 'nothing was asked of another site before a click');

    // WhatsApp opens in a tab of its own; back here, the page offers to log it.
    const [chat] = await Promise.all([page.waitForEvent('popup'), whatsapp.click()]);
    assert.equal(chat.url(), 'https://wa.me/905321112233');
    await chat.close();
    const offer = page.getByRole('status').filter({ hasText: 'Log your WhatsApp message to Deniz Aydın?' });
    await offer.getByRole('button', { name: 'Log it' }).click();
    await offer.waitFor({ state: 'detached' });
    const form = logForm(page);
    assert.equal(await field(form, 'Channel').inputValue(), 'whatsapp');
    assert.equal(await field(form, 'Direction').inputValue(), 'outgoing');
    assert.equal(await field(form, 'Kind').inputValue(), 'contact');
    // The time of the click, to the minute the field shows.
    const when = new Date(await field(form, 'When').inputValue());
    assert.ok(Math.abs(Date.now() - when.getTime()) < 2 * 60_000, `logged for ${when}`);
    // The summary is where the cursor is, ready for a word or two.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'log-summary');
    await page.keyboard.type('Teklif için WhatsApp\'tan yazdım');
    await form.getByRole('button', { name: 'Log an interaction' }).click();
    await eventually(async () => assert.deepEqual(await historySummaries(page), ['Teklif için WhatsApp\'tan yazdım']));
    assert.match(await historyItems(page).first().innerText(), /WhatsApp/);

    // A call hands over to the device; the offer can be declined.
    await call.click();
    const callOffer = page.getByRole('status').filter({ hasText: 'Log your call with Deniz Aydın?' });
    await callOffer.getByRole('button', { name: 'Not now' }).click();
    await callOffer.waitFor({ state: 'detached' });
    await email.click();
    await page.getByRole('status').filter({ hasText: 'Log your e-mail to Deniz Aydın?' }).waitFor();

    assert.deepEqual(await page.evaluate(() => window.__handedOver), ['tel:+905321112233', 'mailto:deniz@ornek.com.tr']);

    await reload(page);
    await page.getByRole('heading', { level: 1, name: 'Deniz Aydın' }).waitFor();
    assert.deepEqual(await historySummaries(page), ['Teklif için WhatsApp\'tan yazdım']);
    assert.match(await historyItems(page).first().innerText(), /WhatsApp/);
    assert.deepEqual(outside, ['https://wa.me/905321112233']);
  }, { init: deviceApps }));

test('a number that cannot be a Turkish one is warned about, kept, and given no link', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Kerem Şahin', phones: '0532 111 22 3' });
    const warning = page.locator('#customer-phones-warning');
    assert.equal(
      (await warning.innerText()).trim(),
      '0532 111 22 3: too short for a Turkish number (10 digits after the 0). If it is foreign, write it with + and the country code. It is kept all the same.',
    );
    assert.equal(await contact(page).count(), 0);
    await typeInto(page, 'Phones', '0632 111 22 33, 0212 555 66 77');
    await eventually(async () => assert.match(await warning.innerText(), /^0632 111 22 33: no Turkish line starts like this/));
    assert.equal(await contact(page).getByRole('link', { name: 'Call 0212 555 66 77' }).getAttribute('href'), 'tel:+902125556677');
    await whenSaved(page);
    await reload(page);
    assert.equal(await field(page, 'Phones').inputValue(), '0632 111 22 33, 0212 555 66 77');
    assert.match(await page.locator('#customer-phones-warning').innerText(), /^0632 111 22 33: no Turkish line/);
  }));

test('on a phone the contact actions are large and come before the details', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { name: 'Elif Demir', phones: '0532 111 22 33', emails: 'elif@ornek.com.tr' });
    const call = contact(page).getByRole('link', { name: 'Call 0532 111 22 33' });
    const details = page.getByRole('heading', { name: 'Details' });
    for (const link of await contact(page).getByRole('link').all()) {
      const box = await link.boundingBox();
      assert.ok(box.height >= 48, `a finger-sized target: ${box.height}px`);
      assert.ok(box.width >= 300, `as wide as the screen: ${box.width}px`);
    }
    assert.ok((await call.boundingBox()).y < (await details.boundingBox()).y, 'before the details');
  }, { contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } }));
