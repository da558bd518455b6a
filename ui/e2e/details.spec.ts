import { expect, test } from '@playwright/test';

// The detail page in a real browser: a deep link to a pod's page shows its containers (state,
// restarts, why the last run ended), its owner linked both ways, its events, and its YAML in the
// lazily loaded CodeMirror view. Data: the integration tests' cluster (DemoClusterSeeder), whose
// crash-looping pod is team-b/worker-6f7d9c8b5-x2k9p, owned by ReplicaSet worker-6f7d9c8b5.
const ns = process.env.EXPECT_DETAIL_NAMESPACE ?? 'team-b';
const pod = process.env.EXPECT_DETAIL_POD ?? 'worker-6f7d9c8b5-x2k9p';
const owner = process.env.EXPECT_DETAIL_OWNER ?? 'worker-6f7d9c8b5';

test('a deep link to a pod shows its containers, owner, events and YAML', async ({ page }) => {
  const external: string[] = [];
  page.on('pageerror', (e) => external.push(e.message));

  await page.goto(`/#/k/pods/${ns}/${pod}?ns=${ns}`);
  const details = page.getByTestId('selected-object');
  await expect(details.getByRole('heading', { name: pod })).toBeVisible({ timeout: 30_000 });
  const container = details.getByTestId('container').first();
  await expect(container.getByTestId('container-state')).toHaveText('Waiting (CrashLoopBackOff)', { timeout: 30_000 });
  await expect(container.getByTestId('container-restarts')).toHaveText('17 restarts');
  await expect(container.getByTestId('container-last-termination')).toContainText('Error, exit code 1');
  await expect(details.getByTestId('conditions')).toContainText('ContainersNotReady');

  // The events tab: the kubelet's BackOff warning about this pod.
  await details.getByRole('tab', { name: 'Events' }).click();
  await expect(page).toHaveURL(/[?&]tab=events/);
  await expect(details.getByTestId('event').filter({ hasText: 'BackOff' })).toBeVisible({ timeout: 30_000 });

  // The YAML tab: CodeMirror (a chunk of its own), read-only.
  await details.getByRole('tab', { name: 'YAML' }).click();
  await expect(page).toHaveURL(/[?&]tab=yaml/);
  const yaml = details.getByTestId('yaml-view');
  await expect(yaml.locator('.cm-content')).toContainText('kind: Pod', { timeout: 30_000 });
  // CodeMirror renders the lines in view only: check what the top of the object says.
  await expect(yaml.locator('.cm-content')).toContainText(`name: ${pod}`);
  await expect(yaml.locator('.cm-content')).toHaveAttribute('contenteditable', 'false');

  // A reload keeps the tab: the URL is the whole state.
  await page.reload();
  await expect(page.getByTestId('yaml-view').locator('.cm-content')).toContainText('kind: Pod', { timeout: 30_000 });

  // Owner and owned objects are linked both ways.
  await page.getByRole('tab', { name: 'Summary' }).click();
  await page.getByTestId('owners').getByRole('link', { name: new RegExp(owner) }).click();
  await expect(page).toHaveURL(new RegExp(`#/k/replicasets.apps/${ns}/${owner}`));
  await expect(page.getByTestId('owned').getByRole('link', { name: new RegExp(pod) })).toBeVisible({ timeout: 30_000 });
  expect(external, `errors in the page: ${external.join(' | ')}`).toEqual([]);
});
