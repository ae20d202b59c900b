// Browser tests (tests/e2e/) with Debian's Chromium: `node node_modules/@playwright/test/cli.js test`,
// or `./dashboard test`, which builds dist/ first if it is missing. Each worker serves dist/ with
// its own small static server (scripts/static-server.ts, started in tests/e2e/fixtures.ts), so a
// test can see every request its pages made; the global setup only checks that the site and the
// browser are there.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), SITE_DIR (default dist).
// Output: test-results/ (axe's violations as JSON, and a screenshot of each failure, in the
// failing test's folder).
import { defineConfig } from '@playwright/test'

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
})
