import { createSandbox } from '@zsb/sandbox';
import { loadConfig } from '../../bff/src/config/config.loader';
import { refuseSandboxUpstreams } from '../../bff/src/upstream/sandbox-refusal';
import { productionEnv } from '../support/production-env';

const secrets = productionEnv();

describe('a production BFF', () => {
  it('refuses to start when any upstream is the sandbox, naming it', async () => {
    const sandbox = await createSandbox({ port: 0 });
    try {
      // Only the licence library points at the sandbox; the rest at an address where nothing listens.
      const config = loadConfig({ ...secrets, PLATFORM_URL: 'http://127.0.0.1:9', LICENCE_URL: sandbox.url });
      await expect(refuseSandboxUpstreams(config)).rejects.toThrow(sandbox.url);
    } finally {
      await sandbox.close();
    }
  });

  it('starts when no upstream answers like the sandbox', async () => {
    const config = loadConfig({ ...secrets, PLATFORM_URL: 'http://127.0.0.1:9' });
    await expect(refuseSandboxUpstreams(config)).resolves.toBeUndefined();
  });
});
