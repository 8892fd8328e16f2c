// `npm run test:e2e:console`: the operators' console in headless Chromium (Debian's /usr/bin/chromium) against the
// real BFF and the sandbox, started once by global-setup.ts. It builds nothing: run `npm run build:console` and
// `npx tsc -b packages/contracts packages/domain packages/sandbox bff` first. One worker, as the H5 suite.
import { defineConfig } from '@playwright/test';
import base from '../h5/playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  globalTimeout: 600_000,
});
