import { createSandbox } from '@zsb/sandbox';
import { loadConfig } from '../../bff/src/config/config.loader';
import { refuseSandboxUpstreams } from '../../bff/src/upstream/sandbox-refusal';
import { productionEnv } from '../support/production-env';

// The attack (or the accident): production with every upstream real except the approval system, still pointing at
// the sandbox, which would receive residents' applications with their ID numbers and answer with fake numbers.
describe('a production BFF whose approval system is the sandbox', () => {
  it('refuses to start, naming that URL', async () => {
    const sandbox = await createSandbox({ port: 0 });
    try {
      const config = loadConfig({ ...productionEnv(), PLATFORM_URL: 'http://127.0.0.1:9', APPROVAL_URL: sandbox.url });
      await expect(refuseSandboxUpstreams(config)).rejects.toThrow(sandbox.url);
    } finally {
      await sandbox.close();
    }
  });
});
