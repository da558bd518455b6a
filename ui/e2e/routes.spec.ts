import { expect, test } from '@playwright/test';

// The router in a real browser: every view is a URL (deep links open the right kind, namespace
// and sort), sidebar entries are real links (a new tab opens the same view), old links still
// work, and the header says the live updates are connected. Data assumptions hold for both the
// integration tests' cluster (DemoClusterSeeder) and `npm run mock-api`: pods in `shop` and
// `kube-system` (coredns), Deployments in `shop`, Nodes.
const otherNamespace = process.env.EXPECT_OTHER_NAMESPACE ?? 'kube-system';
const otherPodPrefix = process.env.EXPECT_OTHER_POD_PREFIX ?? 'coredns-';
const podPrefix = process.env.EXPECT_POD_PREFIX ?? 'web-';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

test('a deep link opens its kind and namespace', async ({ page }) => {
  await page.goto(`/#/k/pods?ns=${otherNamespace}`);
  const table = page.getByTestId('resource-table');
  await expect(table.getByTestId('resource-name').filter({ hasText: otherPodPrefix }).first()).toBeVisible({ timeout: 30_000 });
  await expect(table.getByTestId('resource-name').filter({ hasText: new RegExp(`^${podPrefix}`) })).toHaveCount(0);
  await expect(page.locator('#namespace-select input')).toHaveValue(otherNamespace);
  // One namespace: no Namespace column, like kubectl.
  await expect(table.getByRole('columnheader', { name: 'NAMESPACE' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pods' })).toBeVisible();
});

test('a deep link with a sort shows the rows in that order', async ({ page }) => {
  await page.goto('/#/k/deployments.apps?ns=shop&sort=Name&dir=desc');
  await expect(page.getByRole('heading', { name: 'Deployments' })).toBeVisible({ timeout: 30_000 });
  const names = page.getByTestId('resource-table').getByTestId('resource-name');
  await expect(names.first()).toBeVisible({ timeout: 30_000 });
  const shown = await names.allTextContents();
  expect(shown.length).toBeGreaterThan(1);
  expect(shown).toEqual([...shown].sort((a, b) => collator.compare(b, a)));
  await expect(page.getByRole('columnheader', { name: /NAME/ }).first()).toHaveAttribute('aria-sort', 'descending');
});

test('sidebar entries are links: the same view opens in a new tab', async ({ page, context }) => {
  await page.goto('/#/k/pods?ns=shop');
  const nav = page.getByRole('navigation', { name: 'Resource kinds' });
  await expect(nav.getByRole('link', { name: 'Pods' })).toHaveAttribute('href', '#/k/pods?ns=shop', { timeout: 30_000 });
  await expect(nav.getByRole('link', { name: 'Pods' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button')).toHaveCount(0);
  const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^#\/((k|p)\/|\?|$)/); // a kind, a plugin page, or the overview

  const nodes = nav.getByRole('link', { name: 'Nodes' });
  await expect(nodes).toHaveAttribute('href', '#/k/nodes'); // cluster-scoped: no namespace
  const tab = await context.newPage();
  await tab.goto(`/${await nodes.getAttribute('href')}`);
  await expect(tab.getByRole('heading', { name: 'Nodes' })).toBeVisible({ timeout: 30_000 });
  await expect(tab.getByTestId('resource-table').getByTestId('resource-name').first()).toBeVisible({ timeout: 30_000 });
  await tab.close();

  // Following a link in the same tab keeps the history: Back returns to the pods.
  await nav.getByRole('link', { name: 'Nodes' }).click();
  await expect(page).toHaveURL(/#\/k\/nodes$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/k\/pods\?ns=shop$/);
});

test('an old #/resources link lands on its view, and the header shows the live connection', async ({ page }) => {
  await page.goto(`/#/resources/pods?namespace=${otherNamespace}`);
  await expect(page).toHaveURL(new RegExp(`#/k/pods\\?ns=${otherNamespace}$`), { timeout: 30_000 });
  await expect(page.getByTestId('resource-table').getByTestId('resource-name').filter({ hasText: otherPodPrefix }).first())
    .toBeVisible({ timeout: 30_000 });
  test.skip(process.env.EXPECT_LIVE === 'false', 'the mock API has no WebSocket');
  await expect(page.getByTestId('connection')).toHaveText('Live', { timeout: 15_000 });
});

test('the bare address is the overview: counts by kind and status, problem pods, recent warnings', async ({ page }) => {
  await page.goto('/');
  const pods = page.getByTestId('count-pods');
  await expect(pods.getByTestId('count')).toHaveText(/^[1-9]\d*\+?$/, { timeout: 30_000 });
  await expect(pods.getByRole('link', { name: /Running/ })).toHaveAttribute('href', '#/k/pods?status=Running');
  // Both clusters have a pod that is crash-looping or pending.
  const problems = page.getByTestId('problem-pods');
  await expect(problems.getByText(/CrashLoopBackOff|Pending/).first()).toBeVisible();
  await expect(page.getByTestId('recent-warnings')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Resource kinds' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await problems.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/k\/pods\/[^/]+\/[^/?]+/);
  await expect(page.getByTestId('selected-object')).toBeVisible();
});
