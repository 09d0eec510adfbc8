// Products and quotes (teklif): the firm's details and a price list; a quote written
// from a customer's page with lines filled from products, KDV per rate and totals worked
// out as typed; bad numbers refused at their line with nothing stored; the A4 print view
// with the letterhead in Turkish letters; sending logged in the customer's history;
// accepting wins the deal with the quote's total; the quotes list searched, filtered and
// exported as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  createCustomer, eventually, expectFieldError, field, historySummaries, join, navigateTo, typeInto,
  useApp, withApp,
} from './app.mjs';

const app = useApp();
const main = (page) => page.getByRole('main');
const grandTotal = (scope) => scope.locator('.grand-total td');

async function addProduct(page, { name, unit, price, kdv }) {
  const form = page.getByRole('form', { name: 'Add product' });
  await typeInto(form, 'Name', name);
  await typeInto(form, 'Unit', unit);
  await typeInto(form, 'Unit price (before KDV)', price);
  if (kdv) await field(form, 'KDV rate').selectOption({ label: kdv });
  await form.getByRole('button', { name: 'Save product' }).click();
}

test('a quote from products: totals per KDV rate, refused numbers, print, sending, acceptance', () =>
  withApp(app, async ({ page }) => {
    await join(page, 'Ayşe Yılmaz');
    await createCustomer(page, { type: 'Company', name: 'Deniz Lojistik A.Ş.' });
    const customerUrl = page.url();

    // The firm's details and the price list.
    await navigateTo(page, 'Quotes');
    await main(page).getByText('No quotes yet. Write one from a customer\'s page.').waitFor();
    await main(page).getByRole('link', { name: 'Products and services' }).click();
    const firm = page.getByRole('form', { name: 'Your firm\'s details' });
    await typeInto(firm, 'Firm name', 'Yılmaz Yazılım Ltd. Şti.');
    await typeInto(firm, 'Address', 'Kıbrıs Şehitleri Cd. 12, Alsancak, İzmir');
    await typeInto(firm, 'Tax office', 'Kordon');
    await firm.getByRole('button', { name: 'Save firm details' }).click();
    await firm.getByRole('status').filter({ hasText: 'Firm details saved.' }).waitFor();
    await addProduct(page, { name: 'Kurulum', unit: 'saat', price: '1.250,00', kdv: '20 %' });
    await main(page).getByRole('cell', { name: 'Kurulum', exact: true }).waitFor();
    // A price that is not one is said at its field, and nothing is added.
    await addProduct(page, { name: 'Bozuk', unit: 'adet', price: 'abc' });
    await expectFieldError(page.getByRole('form', { name: 'Add product' }), 'Unit price (before KDV)', 'Not a valid amount: abc');
    assert.equal(await main(page).locator('.products-table tbody tr').count(), 1);

    // A new quote from the customer's page.
    await page.goto(customerUrl);
    await main(page).getByRole('link', { name: 'New quote' }).click();
    await page.getByRole('heading', { level: 1, name: 'New quote for Deniz Lojistik A.Ş.' }).waitFor();
    // The product's name fills in its unit, price and rate.
    await typeInto(main(page), 'Description, line 1', 'Kurulum');
    await eventually(async () => assert.equal(await field(main(page), 'Unit, line 1').inputValue(), 'saat'));
    assert.equal(await field(main(page), 'Unit price (before KDV), line 1').inputValue(), '1250,00');
    await typeInto(main(page), 'Quantity, line 1', '3');
    await typeInto(main(page), 'Discount (%), line 1', '10');
    await main(page).getByRole('button', { name: 'Add line' }).click();
    await typeInto(main(page), 'Description, line 2', 'Eğitim');
    await typeInto(main(page), 'Quantity, line 2', '2');
    await typeInto(main(page), 'Unit price (before KDV), line 2', '500');
    await field(main(page), 'KDV rate, line 2').selectOption({ label: '10 %' });
    // By hand: 3 × 1.250 = 3.750, 10 % off → 3.375, KDV 20 % = 675; 2 × 500 = 1.000,
    // KDV 10 % = 100. Net 4.375, KDV 775, total 5.150.
    await eventually(async () => assert.match(await grandTotal(main(page)).innerText(), /5,150\.00/));
    const totals = await main(page).locator('.quote-totals').innerText();
    assert.match(totals, /Net before KDV\s+\D*4,375\.00/);
    assert.match(totals, /KDV 20 %\s+\D*675\.00/);
    assert.match(totals, /KDV 10 %\s+\D*100\.00/);

    // A quantity of -1 is refused at its line; nothing is stored.
    await typeInto(main(page), 'Quantity, line 2', '-1');
    await main(page).getByRole('button', { name: 'Save quote' }).click();
    await expectFieldError(main(page), 'Quantity, line 2', 'Must be a number above zero: -1');
    await main(page).getByRole('alert').filter({ hasText: 'Please correct the marked fields.' }).waitFor();
    assert.match(page.url(), /#\/quotes\/new\//);
    await typeInto(main(page), 'Quantity, line 2', '2');
    await main(page).getByRole('button', { name: 'Save quote' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Quote AY[2-9A-Z]{2}-0001$/ });
    await heading.waitFor();
    const number = (await heading.innerText()).replace('Quote ', '');
    // The quote's page opens only once the quote is stored: a reload at that instant keeps it.
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]', { state: 'attached' });
    await heading.waitFor();
    assert.equal(await field(main(page), 'Description, line 2').inputValue(), 'Eğitim');
    assert.match(await grandTotal(main(page)).innerText(), /5,150\.00/);

    // The print view: letterhead, customer, lines and totals, Turkish letters intact; only
    // the sheet prints.
    await main(page).getByRole('link', { name: 'Print / PDF' }).click();
    const sheet = page.getByRole('article', { name: number });
    await sheet.waitFor();
    const printed = await sheet.innerText();
    for (const text of ['Yılmaz Yazılım Ltd. Şti.', 'Kıbrıs Şehitleri Cd. 12, Alsancak, İzmir', 'QUOTATION', 'Deniz Lojistik A.Ş.', 'Eğitim', number]) {
      assert.ok(printed.includes(text), `${text} is printed`);
    }
    assert.match(await grandTotal(sheet).innerText(), /5,150\.00/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.top-bar').isVisible(), false, 'the app bar does not print');
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    assert.ok(await sheet.isVisible());
    await page.emulateMedia({ media: 'screen' });
    await field(page, 'Language').selectOption({ label: 'Türkçe' });
    await sheet.getByText('FİYAT TEKLİFİ').waitFor();
    await field(page, 'Dil').selectOption({ label: 'English' });
    await page.getByRole('link', { name: 'Back to the quote' }).click();

    // Sent: marked so, and written in the customer's history.
    await main(page).getByRole('button', { name: 'Mark as sent' }).click();
    await field(main(page), 'How was it sent?').selectOption({ label: 'E-mail' });
    await main(page).getByRole('button', { name: 'Log the sending' }).click();
    await main(page).getByRole('status').filter({ hasText: 'Marked as sent and written in the customer\'s history.' }).waitFor();
    await eventually(async () => assert.equal(await main(page).locator('.quote-actions .quote-status').innerText(), 'Sent'));

    // Accepted: the deal is won with the quote's total.
    await main(page).getByRole('button', { name: 'Mark as accepted' }).click();
    await main(page).getByRole('status').filter({ hasText: /^Accepted: the deal is won with \D*5,150\.00\.$/ }).waitFor();
    await page.goto(customerUrl);
    await page.getByRole('heading', { level: 1, name: 'Deniz Lojistik A.Ş.' }).waitFor();
    await eventually(async () => assert.ok((await historySummaries(page)).some((s) => s.startsWith(`Quote ${number} sent:`))));
    const deals = page.getByRole('region', { name: 'Deals' });
    await eventually(async () => assert.match(await deals.innerText(), new RegExp(`${number}[\\s\\S]*Won[\\s\\S]*5,150\\.00`)));
    const quotes = page.getByRole('region', { name: 'Quotes' });
    assert.match(await quotes.innerText(), /Accepted/);

    // The list: searched with Turkish letters folded, filtered by status, exported.
    await navigateTo(page, 'Quotes');
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('EGITIM');
    await main(page).getByRole('status').filter({ hasText: '1 quotes' }).waitFor();
    await field(main(page), 'Status').selectOption({ label: 'Draft' });
    await main(page).getByRole('status').filter({ hasText: '0 quotes' }).waitFor();
    await field(main(page), 'Status').selectOption({ label: 'Accepted' });
    await main(page).getByRole('status').filter({ hasText: '1 quotes' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main(page).getByRole('button', { name: 'Quotes (CSV)' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const rows = csv.trim().split('\r\n');
    assert.equal(rows.length, 3, 'a header and one row per line');
    assert.match(rows[0], /^Quote number,Customer,Title,Status/);
    assert.ok(rows[1].startsWith(`${number},Deniz Lojistik A.Ş.,,accepted,TRY`), rows[1]);
    assert.ok(rows[2].endsWith(',4375.00,775.00,5150.00'), rows[2]);

    // And in the JSON export, with the price list.
    await page.getByRole('navigation').getByRole('link', { name: 'Import & export', exact: true }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Everything (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.deepEqual(exported.products.map((p) => [p.name, p.unit_price, p.kdv]), [['Kurulum', 125000, 20]]);
    assert.deepEqual(exported.quotes.map((q) => [q.number, q.status, q.total, q.lines.length]), [[number, 'accepted', 515000, 2]]);
  }));
