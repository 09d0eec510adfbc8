// Browser benchmark of a large CSV import: 10,000 rows (RAPPORT_BENCH_ROWS) chosen on the
// import page of the release build, mapped as guessed, imported; prints how long checking
// and writing took and the longest main-thread task meanwhile. Asserts nothing.
//
//   make bench-browser   (runs this after the workspace benchmark)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, distDir } from '../e2e/harness.mjs';
import { startServer } from '../e2e/serve.mjs';

const rows = Number(process.env.RAPPORT_BENCH_ROWS ?? '10000');
const first = ['Ayşe', 'Mehmet', 'Şükrü', 'Gülşen', 'İsmail', 'Çağrı', 'Ömer', 'Ümran'];
const last = ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Doğan', 'Kılıç', 'Aydın', 'Güneş'];
const cities = ['İstanbul', 'İzmir', 'Muğla', 'Eskişehir', 'Iğdır', 'Çanakkale'];
const lines = ['Ad;Soyad;Şirket;Telefon;E-posta;Şehir'];
for (let i = 0; i < rows; i++) {
  const phone = `0532 ${String(Math.floor(i / 10000)).padStart(3, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`;
  lines.push([first[i % 8], `${last[(i >> 3) % 8]} ${i}`, `Firma ${i % 400} A.Ş.`, phone, `kisi${i}@ornek.com.tr`, cities[i % 6]].join(';'));
}
const dir = mkdtempSync(join(tmpdir(), 'rapport-import-bench-'));
const file = join(dir, 'customers.csv');
writeFileSync(file, '\ufeff' + lines.join('\r\n'));

const server = await startServer(distDir());
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url);
await page.getByLabel('Your name', { exact: true }).fill('Ayşe');
await page.getByRole('button', { name: 'Start' }).click();
await page.getByRole('navigation').getByRole('link', { name: 'Import & export' }).click();
await page.evaluate(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask' });
});
const chosen = performance.now();
await page.getByLabel('Choose a file (CSV or vCard)').setInputFiles(file);
await page.getByRole('heading', { name: 'Match the columns to fields' }).waitFor();
const mapped = performance.now() - chosen;
const started = performance.now();
await page.getByRole('button', { name: 'Import', exact: true }).click();
await page.getByText(/Adding customers/).waitFor({ timeout: 600_000 });
const checked = performance.now() - started;
await page.locator('.import-summary').waitFor({ timeout: 600_000 });
const done = performance.now() - started;
const summary = await page.locator('.import-summary').innerText();
const longest = await page.evaluate(() => window.__longest);
console.log(`import of ${rows} CSV rows: file read and mapping shown ${mapped.toFixed(0)} ms; rows checked ${checked.toFixed(0)} ms; all written ${(done / 1000).toFixed(1)} s (${summary.trim()})`);
console.log(`longest main-thread task during the import: ${longest.toFixed(0)} ms`);
await browser.close();
server.close();
