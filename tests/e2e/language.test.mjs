// The interface language: Turkish or English, defaulting to the browser's language,
// switched with the "Language" select and remembered; dates follow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCustomer,
  eventually,
  expectFieldError,
  field,
  join,
  logInteraction,
  navigateTo,
  reload,
  tableRows,
  useApp,
  withApp,
} from './app.mjs';

const app = useApp();
const ME = 'Ayşe Yılmaz';

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

test('a Turkish browser gets the Turkish welcome', () =>
  withApp(
    app,
    async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: "Rapport'a hoş geldiniz" }).waitFor();
      assert.equal(await htmlLang(page), 'tr');
      await page.getByRole('button', { name: 'Başla' }).click();
      await expectFieldError(page, 'Adınız', 'Bu alan boş bırakılamaz.');
      await field(page, 'Adınız').fill(ME);
      await page.getByRole('button', { name: 'Başla' }).click();
      await page.getByRole('heading', { level: 1, name: 'Müşteriler' }).waitFor();
      await page.getByRole('banner').getByText(`Kullanıcı: ${ME}`).waitFor();
    },
    { contextOptions: { locale: 'tr-TR' } },
  ));

test('an English browser gets the English welcome', () =>
  withApp(
    app,
    async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Welcome to Rapport' }).waitFor();
      assert.equal(await htmlLang(page), 'en');
      assert.equal(await field(page, 'Language').inputValue(), 'en');
    },
    { contextOptions: { locale: 'en-US' } },
  ));

test('the Language select switches the interface, and the choice is remembered', () =>
  withApp(
    app,
    async ({ page }) => {
      // Chosen already on the welcome page.
      await field(page, 'Language').selectOption({ label: 'Türkçe' });
      await page.getByRole('heading', { level: 1, name: "Rapport'a hoş geldiniz" }).waitFor();
      await field(page, 'Adınız').fill(ME);
      await page.getByRole('button', { name: 'Başla' }).click();
      await page.getByRole('heading', { level: 1, name: 'Müşteriler' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Yeni müşteri' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Arşiv' }).waitFor();
      await page.getByRole('searchbox', { name: 'Ara' }).waitFor();
      await reload(page);
      await page.getByRole('heading', { level: 1, name: 'Müşteriler' }).waitFor();
      assert.equal(await htmlLang(page), 'tr');

      await field(page, 'Dil').selectOption({ label: 'English' });
      await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'New customer' }).waitFor();
      await reload(page);
      await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
      assert.equal(await htmlLang(page), 'en');

      await field(page, 'Language').selectOption({ label: 'Türkçe' });
      await page.getByRole('banner').getByRole('link', { name: 'Yeni müşteri' }).waitFor();
      await reload(page);
      await page.getByRole('heading', { level: 1, name: 'Müşteriler' }).waitFor();
    },
    { contextOptions: { locale: 'en-US' } },
  ));

test('dates follow the language', () =>
  withApp(
    app,
    async ({ page }) => {
      await join(page, ME);
      await createCustomer(page, { name: 'Gül Başaran' });
      await logInteraction(page, { when: '2026-11-22T14:30', summary: 'Phoned about prices' });
      // A <time> has no role to find it by; the history is the page's only list.
      const time = () => page.getByRole('main').getByRole('listitem').first().locator('time').innerText();
      await eventually(async () => assert.match(await time(), /^Nov 22, 2026/));

      await navigateTo(page, 'Customers');
      const lastContact = async () => (await tableRows(page))[0]?.lastContact;
      await eventually(async () => assert.match(await lastContact(), /11\/22\/2026|Nov 22, 2026/));

      await field(page, 'Language').selectOption({ label: 'Türkçe' });
      await page.getByRole('heading', { level: 1, name: 'Müşteriler' }).waitFor();
      await eventually(async () => assert.equal(await lastContact(), '22.11.2026'));

      await page.getByRole('main').getByRole('link', { name: 'Gül Başaran' }).click();
      await page.getByRole('region', { name: 'Etkileşim geçmişi' }).waitFor();
      await eventually(async () => {
        const shown = await time();
        assert.match(shown, /22/);
        assert.match(shown, /2026/);
        assert.match(shown, /22\.11\.2026|Kas/, 'a Turkish date');
        assert.match(shown, /14:30/, 'a 24-hour time');
      });
    },
    { contextOptions: { locale: 'en-US' } },
  ));
