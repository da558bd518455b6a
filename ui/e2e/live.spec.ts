import { expect, test, type Page } from '@playwright/test';

// The live connection in a real browser against the real server: the tab's socket is cut and its
// reconnection attempts refused for a while (a stand-in WebSocket constructor sends them to a path
// the server rejects), the header says "Reconnecting..." and then "Offline: data may be stale";
// what changed in the cluster meanwhile is in the table once the socket is back ("Live").
// Needs CLUSTER_API_URL (a cluster the test may write to, no authentication: the integration
// tests' mock API server).
const clusterApi = process.env.CLUSTER_API_URL;
const namespace = process.env.EXPECT_POD_NAMESPACE || 'shop';

async function createPod(name: string) {
  const res = await fetch(`${clusterApi}/api/v1/namespaces/${namespace}/pods`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace },
      spec: { containers: [{ name: 'app', image: 'registry.invalid/app:1' }] },
    }),
  });
  expect(res.status, await res.text()).toBeLessThan(300);
}

async function deletePod(name: string) {
  const res = await fetch(`${clusterApi}/api/v1/namespaces/${namespace}/pods/${name}`, { method: 'DELETE' });
  expect(res.status, await res.text()).toBeLessThan(300);
}

/** Every WebSocket the page opens, and a switch that sends new ones where the server refuses them. */
async function controlSockets(page: Page) {
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    const w = window as unknown as { __sockets: WebSocket[]; __socketsDown: boolean };
    w.__sockets = [];
    w.__socketsDown = false;
    class Controlled extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(w.__socketsDown ? String(url).replace(/\/ws$/, '/ws-refused') : url, protocols);
        w.__sockets.push(this);
      }
    }
    window.WebSocket = Controlled;
  });
  return {
    cut: () => page.evaluate(() => {
      const w = window as unknown as { __sockets: WebSocket[]; __socketsDown: boolean };
      w.__socketsDown = true;
      w.__sockets.forEach((s) => s.close());
    }),
    restore: () => page.evaluate(() => {
      (window as unknown as { __socketsDown: boolean }).__socketsDown = false;
    }),
  };
}

test('a cut socket shows Reconnecting, then Offline, and recovers with the rows changed meanwhile', async ({ page }) => {
  test.skip(!clusterApi, 'needs CLUSTER_API_URL: a cluster the test may write to');
  const suffix = Date.now().toString(36);
  const before = `gone-${suffix}`;
  const during = `born-${suffix}`;
  await createPod(before);
  const sockets = await controlSockets(page);
  await page.goto(`/#/k/pods?ns=${namespace}`);
  const names = page.getByTestId('resource-table').getByTestId('resource-name');
  await expect(names.filter({ hasText: before })).toBeVisible({ timeout: 30_000 });
  const connection = page.getByTestId('connection');
  await expect(connection).toHaveText('Live', { timeout: 15_000 });

  await sockets.cut();
  await expect(connection).toHaveText(/^Reconnecting… (next try in \d+ s|retrying now)$/);
  await deletePod(before);
  await createPod(during);
  // Four refused attempts in a row (0.5 + 1 + 2 s apart): offline, still retrying.
  await expect(connection).toHaveText(/^Offline: data may be stale · (next try in \d+ s|retrying now)$/, { timeout: 15_000 });
  await expect(names.filter({ hasText: before })).toBeVisible(); // stale, and the page says so
  await expect(names.filter({ hasText: during })).toHaveCount(0);

  await sockets.restore();
  await expect(connection).toHaveText('Live', { timeout: 30_000 });
  await expect(names.filter({ hasText: during })).toBeVisible({ timeout: 15_000 });
  await expect(names.filter({ hasText: before })).toHaveCount(0);
  await deletePod(during);
});
