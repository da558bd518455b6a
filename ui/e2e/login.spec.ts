import { expect, test } from '@playwright/test';
import { join } from 'node:path';

// Signs in the way a person does: the browser goes to OAuth2-Proxy, is sent to the OIDC issuer
// of dev/testenv, signs in as alice there, and lands on the dashboard, which acts as alice on
// a real API server with RBAC. Run by the integration tests (BrowserLoginIT), which pass:
// OAUTH2_PROXY_URL, and a pod of team-a and one of team-b as the admin sees them.
const proxy = required('OAUTH2_PROXY_URL');
const teamAPod = required('EXPECT_TEAM_A_POD');
const teamBPod = required('EXPECT_TEAM_B_POD');

test('alice signs in through OAuth2-Proxy and sees her team-a pods, not team-b', async ({ page }) => {
  // Live updates come over the tab's WebSocket, through the proxy like every request.
  const socketFrames: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname === '/ws') {
      socket.on('framereceived', (frame) => socketFrames.push(String(frame.payload)));
    }
  });
  await page.goto(proxy + '/');

  // The issuer's sign-in page (dev/mock-oidc/login.html).
  await page.locator('#login-alice').click();

  // Back through the proxy's callback to the dashboard.
  await expect(page.getByText('K8s Dashboard')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('alice', { exact: true })).toBeVisible();

  await page.goto(proxy + '/#/k/pods?ns=team-a');
  const table = page.getByTestId('resource-table');
  await expect(table.getByTestId('resource-name').filter({ hasText: teamAPod })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(teamBPod)).toHaveCount(0);
  await expect
    .poll(() => socketFrames.some((f) => f.includes('"type":"snapshot"') && f.includes(teamAPod)), {
      message: 'the table subscribed over /ws through OAuth2-Proxy and got its snapshot',
      timeout: 15_000,
    })
    .toBe(true);
  await page.screenshot({ path: join(test.info().project.outputDir, 'login-team-a.png'), fullPage: true });

  // team-b is refused by the API server for alice, and the page says so instead of listing pods.
  await page.goto(proxy + '/#/k/pods?ns=team-b');
  await expect(page.getByText(/forbidden|403|not allowed/i).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(teamBPod)).toHaveCount(0);
  await page.screenshot({ path: join(test.info().project.outputDir, 'login-team-b.png'), fullPage: true });

  // The namespace selector offers only what alice may read: team-a, never team-b.
  await page.goto(proxy + '/#/k/pods?ns=team-a');
  await expect(page.getByTestId('resource-table')).toBeVisible({ timeout: 30_000 });
  await page.locator('#namespace-select').click();
  await expect(page.getByRole('option', { name: 'team-a', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'team-b', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Sign-out goes through OAuth2-Proxy: its session ends, and the next page asks to sign in again.
  const signOut = page.getByRole('link', { name: 'Sign out' });
  await expect(signOut).toHaveAttribute('href', '/oauth2/sign_out');
  await signOut.click();
  await page.goto(proxy + '/');
  await expect(page.locator('#login-alice')).toBeVisible({ timeout: 30_000 });
});

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set (this test is run by BrowserLoginIT against dev/testenv)`);
  }
  return value;
}
