// A list of 10,000 pods in Debian chromium: time to first rows, rows in the DOM, and the longest
// main-thread task (Long Tasks API) while typing a 3-key name filter and while sorting by Age
// twice. Compares this build with a reference build (the previous UI), both served by
// e2e/mock-api.mjs with MOCK_PODS=10000, rounds interleaved. Not a spec: run it with node.
//   node e2e/list-speed.mjs <this-build-url> <reference-build-url> [rounds]
// See BENCHMARKS.md for the full command.
import { chromium } from '@playwright/test';

const [thisUrl, refUrl, roundsArg] = process.argv.slice(2);
if (!thisUrl || !refUrl) throw new Error('usage: node e2e/list-speed.mjs <this-build-url> <reference-build-url> [rounds]');
const rounds = Number(roundsArg ?? 3);

// The two builds differ in URL scheme and in what a sortable header is.
const targets = [
  { name: 'this build (virtualized, router)', base: thisUrl, hash: '/#/k/pods?ns=load', sort: (p) => p.getByTitle('Sort by Age') },
  { name: 'reference (Grommet DataTable)', base: refUrl, hash: '/#/resources/pods?namespace=load', sort: (p) => p.getByText('AGE', { exact: true }) },
];

async function measure(browser, t) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const longest = () => page.evaluate(() => {
    const l = window.__long;
    window.__long = [];
    return Math.round(Math.max(0, ...l));
  });
  const t0 = Date.now();
  await page.goto(t.base + t.hash);
  await page.getByText('load-0', { exact: true }).first().waitFor({ timeout: 60_000 });
  const firstRowsMs = Date.now() - t0;
  const rowsInDom = await page.locator('[role=row], tbody tr').count();
  await page.waitForTimeout(1500);
  await longest();
  const input = page.getByLabel('Filter by name');
  await input.click();
  for (const ch of '999') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(800);
  const filterMaxTaskMs = await longest();
  await input.fill('');
  await page.waitForTimeout(1500);
  await longest();
  for (let i = 0; i < 2; i++) {
    await t.sort(page).first().click();
    await page.waitForTimeout(1500);
  }
  const sortMaxTaskMs = await longest();
  await page.close();
  return { firstRowsMs, rowsInDom, filterMaxTaskMs, sortMaxTaskMs };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
const results = new Map(targets.map((t) => [t.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const t of targets) results.get(t.name).push(await measure(browser, t));
}
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| build | first rows (ms) | rows in DOM | longest task, filter 3 keys (ms) | longest task, sort x2 (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, rs] of results) {
  const col = (k) => `${median(rs.map((x) => x[k]))} (${rs.map((x) => x[k]).join(', ')})`;
  console.log(`| ${name} | ${col('firstRowsMs')} | ${col('rowsInDom')} | ${col('filterMaxTaskMs')} | ${col('sortMaxTaskMs')} |`);
}
