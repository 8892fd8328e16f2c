import { generateKeyPairSync } from 'node:crypto';
import { createSandbox } from '@zsb/sandbox';
import { loadConfig } from '../../bff/src/config/config.loader';
import { refuseSandboxUpstreams } from '../../bff/src/upstream/sandbox-refusal';

const alipay = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const secrets = {
  APP_ENV: 'production',
  ALIPAY_PRIVATE_KEY_PEM: alipay.privateKey,
  ALIPAY_PUBLIC_KEY_PEM: alipay.publicKey,
  WECHAT_APP_ID: 'wx0000000000000001',
  WECHAT_SECRET: 's',
  ALIPAY_APP_ID: '2021000000000009',
  IDENTITY_CLIENT_ID: 'zsb-h5',
  IDENTITY_CLIENT_SECRET: 's',
  JWT_SECRET: 'x'.repeat(40),
  PII_KEY: Buffer.alloc(32, 1).toString('base64'),
  PII_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
  APPROVAL_CALLBACK_SECRET: 'production-callback-secret-0001',
};

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
