// Every page in Turkish and in English, with the same data: a line of interface text that
// reads the same in both languages is an untranslated message. The data itself (names,
// cities, numbers, dates, the product's name) is the same in both and is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createCustomer, join, logInteraction, useApp, withApp } from './app.mjs';

const app = useApp();
/** The language select, whatever language its label is in. */
const language = (page) => page.locator('#language');
const PAGES = ['#/', '#/new', '#/customer/:id', '#/customer/:id/data', '#/today', '#/board', '#/dashboard', '#/duplicates', '#/archive', '#/sync', '#/help/sync', '#/data', '#/quotes', '#/quotes/new/:id', '#/products'];
/** Text that is the same in every language: data typed in the test, names and symbols. */
const SAME_EVERYWHERE = [
  /Çağrı Öztürk|Ayşe Yılmaz|İzmir|Fuarda tanıştık|cagri@example\.com/,
  /^(Rapport|Türkçe|English|CSV|JSON|vCard|E-posta|WhatsApp|IBAN|TRY|USD|EUR|STUN.*|ws:\/\/.*|wss:\/\/.*|automerge:.*|RAPPORT-.*)$/i,
  /^[\d\s.,:;%/+\-–—·₺$€£()×#*★☆]*$/, // numbers, dates, amounts, ratings
  /^Segment$/, // the same word in Turkish
  /^[\d.,]+\s*(B|KB|MB|GB)(\s*\/\s*[\d.,]+\s*(B|KB|MB|GB))?$/, // sizes
  /^\S$/, // a single character (a mark, an initial)
];

async function pageLines(page, address) {
  await page.goto(page.url().replace(/#.*/, '') + address);
  await page.locator('main h1').first().waitFor();
  const text = await page.locator('body').innerText();
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !SAME_EVERYWHERE.some((re) => re.test(l))),
  );
}

test('no page shows the same interface text in Turkish and in English', { timeout: 120_000 }, () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    const id = await createCustomer(page, { name: 'Çağrı Öztürk', city: 'İzmir', emails: 'cagri@example.com' });
    await logInteraction(page, { summary: 'Fuarda tanıştık', satisfaction: '4' });
    const untranslated = [];
    for (const address of PAGES.map((p) => p.replace(':id', id))) {
      await language(page).selectOption('en');
      const english = await pageLines(page, address);
      await language(page).selectOption('tr');
      const turkish = await pageLines(page, address);
      for (const line of turkish) if (english.has(line)) untranslated.push(`${address}: ${line}`);
    }
    await language(page).selectOption('en');
    assert.deepEqual(untranslated, []);
  }));
