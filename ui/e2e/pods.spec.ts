import { expect, test } from '@playwright/test';
import { join } from 'node:path';

// Loads the dashboard, waits for the pods table and checks the demo cluster's pods show up,
// with no request leaving the machine. Run with `npm run test:e2e`; see playwright.config.ts
// for DASHBOARD_URL / DASHBOARD_USER.
const podPrefix = process.env.EXPECT_POD_PREFIX ?? 'web-';
// Namespace the expected pod lives in; set EXPECT_POD_NAMESPACE='' to skip that check.
const podNamespace = process.env.EXPECT_POD_NAMESPACE ?? 'shop';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

test('the pods table shows demo pods and nothing is fetched from outside', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname)) {
      external.push(req.url());
    }
  });

  await page.goto('/');
  await expect(page.getByText('K8s Dashboard')).toBeVisible();

  const table = page.getByTestId('resource-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  const names = table.getByTestId('resource-name');
  const expected = names.filter({ hasText: new RegExp(`^${escapeRegExp(podPrefix)}`) }).first();
  await expect(expected).toBeVisible();
  if (podNamespace) {
    // All namespaces are shown by default, so the row carries a Namespace cell.
    const nameCell = page.getByTestId('resource-name').filter({ hasText: new RegExp(`^${escapeRegExp(podPrefix)}`) });
    const row = table.getByRole('row').filter({ has: nameCell }).filter({ has: page.getByRole('cell', { name: podNamespace, exact: true }) });
    await expect(row.first()).toBeVisible();
  }

  // The default view is pods, and the URL says so (a reload keeps it).
  await expect(page).toHaveURL(/#\/resources\/pods/);

  await page.screenshot({ path: join(test.info().project.outputDir, 'pods.png'), fullPage: true });
  await page.waitForLoadState('networkidle');
  expect(external, `requests to non-local hosts: ${external.join(', ')}`).toEqual([]);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
