// `npm run test:e2e`: the H5 app in headless Chromium (Debian's /usr/bin/chromium: no browser download) against the
// real BFF and the sandbox upstream, which global-setup.ts starts once for the run. It builds nothing: run
// `npm run build:h5` and `npx tsc -b packages/contracts packages/domain packages/sandbox bff` first.
//
// One worker: every file walks its scenario on one browser context against the one BFF and sandbox, and the machine
// has 2 cores — a second Chromium beside the BFF, the sandbox and PostgreSQL would make the timing-bound checks
// (an upload's progress on a throttled line, a countdown, the polled 办件编号) flaky without saving much time. The
// files do not depend on each other (each signs in its own resident); the tests inside a file do (serial).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // The longest single check waits up to 40 s for the platform's numbers on top of its own steps.
  timeout: 120_000,
  globalTimeout: 900_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../artifacts/playwright',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
