// Playwright's globalSetup for the console's browser test: the H5 suite's servers (sandbox, BFF on a fresh
// PostgreSQL database when one answers), the BFF serving the console build at /console instead of the H5 app.
import { join } from 'node:path';
import { startServers } from '../h5/global-setup';
import { ROOT } from '../h5/support/servers';

export const CONSOLE_DIR = join(ROOT, 'packages/console/dist');

export default function globalSetup(): Promise<() => Promise<void>> {
  return startServers({
    needs: [[join(CONSOLE_DIR, 'index.html'), 'npm run build:console']],
    bffEnv: { CONSOLE_DIR, H5_DIR: '' },
  });
}
