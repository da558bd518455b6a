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

  // The server's Content-Security-Policy must not block anything the UI does.
  const blocked: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) blocked.push(msg.text());
  });

  await page.goto('/#/k/pods');
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

  // The URL names the view (a reload keeps it).
  await expect(page).toHaveURL(/#\/k\/pods/);

  await page.screenshot({ path: join(test.info().project.outputDir, 'pods.png'), fullPage: true });
  await page.waitForLoadState('networkidle');
  expect(external, `requests to non-local hosts: ${external.join(', ')}`).toEqual([]);
  expect(blocked, `blocked by the Content-Security-Policy: ${blocked.join(' | ')}`).toEqual([]);
});

// The cluster's API (the integration tests' mock server: no authentication) where the next test
// creates a pod behind the dashboard's back.
const clusterApi = process.env.CLUSTER_API_URL;

test('a pod created in the cluster appears in the open table without a reload, with a toast', async ({ page }) => {
  test.skip(!clusterApi, 'needs CLUSTER_API_URL: a cluster the test may write to');
  await page.goto('/#/k/pods');
  const table = page.getByTestId('resource-table');
  await expect(table).toBeVisible({ timeout: 30_000 });

  const name = `live-${Date.now().toString(36)}`;
  const created = await fetch(`${clusterApi}/api/v1/namespaces/${podNamespace || 'default'}/pods`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: podNamespace || 'default' },
      spec: { containers: [{ name: 'app', image: 'registry.invalid/app:1' }] },
    }),
  });
  expect(created.status, await created.text()).toBeLessThan(300);

  // The list polls once a minute: within 15 s only the WebSocket can have brought it.
  await expect(table.getByTestId('resource-name').filter({ hasText: name })).toBeVisible({ timeout: 15_000 });
  // ... and says so in a toast.
  await expect(page.getByTestId('toasts')).toContainText(`pod ${name} created`, { timeout: 5_000 });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
