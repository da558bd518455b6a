import { defineConfig } from '@playwright/test';

// Browser tests run only through `npm run test:e2e` (vitest only picks up src/**/*.test.*).
// They use the machine's Debian chromium; no browser is ever downloaded.
const user = process.env.DASHBOARD_USER;
const groups = process.env.DASHBOARD_GROUPS ?? 'dashboard-users';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.DASHBOARD_URL ?? 'http://localhost:9080',
    // Integration tests run the server in proxy mode behind a trusted loopback peer:
    // we play the role of OAuth2-Proxy by sending the identity headers it would set.
    extraHTTPHeaders: user
      ? { 'X-Forwarded-User': user, 'X-Forwarded-Groups': groups }
      : undefined,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'off',
    trace: 'off',
  },
});
