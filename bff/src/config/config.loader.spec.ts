import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ConfigError, ENV_KEYS, loadConfig } from './config.loader';
import { PRODUCTION_SECRETS } from './production-secrets';

const base = { APP_ENV: 'test' };

describe('configuration', () => {
  it('merges the profile with the environment and freezes the result', () => {
    const config = loadConfig({ ...base, PORT: '4100', PLATFORM_URL: 'http://10.1.2.3:8080' });
    expect(config.port).toBe(4100);
    expect(config.upstream.platformUrl).toBe('http://10.1.2.3:8080');
    expect(config.upstream.timeoutMs).toBe(1000); // from config/test.json
    expect(Object.isFrozen(config.upstream)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PLATFORM_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['UPSTREAM_TIMEOUT_MS', '5'],
  ])('refuses to start on %s=%s and names the variable', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(new RegExp(`${name} \\(environment\\)`));
  });

  it('refuses an unknown profile', () => {
    expect(() => loadConfig({ APP_ENV: 'staging' })).toThrow(/APP_ENV/);
  });

  it('needs a real platform address in production', () => {
    expect(() => loadConfig({ APP_ENV: 'production' })).toThrow(/upstream\.platformUrl/);
    const keys = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const gateway = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const secrets = {
      // One key as a deployment's environment often holds it, in one line with \n for the newlines.
      ALIPAY_PRIVATE_KEY_PEM: keys.privateKey.replace(/\n/g, '\\n'),
      ALIPAY_PUBLIC_KEY_PEM: gateway.publicKey,
      WECHAT_APP_ID: 'wx0000000000000001',
      WECHAT_SECRET: randomBytes(16).toString('hex'),
      ALIPAY_APP_ID: '2021000000000009',
      IDENTITY_CLIENT_ID: 'zsb-h5',
      IDENTITY_CLIENT_SECRET: randomBytes(24).toString('base64url'),
      JWT_SECRET: randomBytes(48).toString('base64'),
      PII_KEY: randomBytes(32).toString('base64'),
      PII_HASH_KEY: randomBytes(32).toString('base64'),
      APPROVAL_CALLBACK_SECRET: randomBytes(32).toString('hex'),
      EVALUATION_CALLBACK_SECRET: randomBytes(32).toString('hex'),
    };
    // Production has no default secrets: each missing one is named.
    expect(() => loadConfig({ APP_ENV: 'production', PLATFORM_URL: 'https://platform.example.gov.cn' })).toThrow(
      /JWT|auth\.jwtSecret/,
    );
    expect(() =>
      loadConfig({
        APP_ENV: 'production',
        PLATFORM_URL: 'https://platform.example.gov.cn',
        ...secrets,
        PII_KEY: 'c2hvcnQ=',
      }),
    ).toThrow(/PII_KEY/);
    expect(() =>
      loadConfig({
        APP_ENV: 'production',
        PLATFORM_URL: 'https://platform.example.gov.cn',
        ...secrets,
        ALIPAY_PUBLIC_KEY_PEM: 'MIIBIjAN…',
      }),
    ).toThrow(/ALIPAY_PUBLIC_KEY_PEM.*PEM/);
    const config = loadConfig({ APP_ENV: 'production', PLATFORM_URL: 'https://platform.example.gov.cn', ...secrets });
    expect(config.host).toBe('0.0.0.0');
    expect(config.upstream.alipay.privateKeyPem).toBe(keys.privateKey);
  });

  it('checks in production every variable that holds a secret', () => {
    // A new secret in ENV_KEYS must be judged too: a name like these without an entry in PRODUCTION_SECRETS fails.
    const secretLike = Object.keys(ENV_KEYS).filter((name) => /SECRET|PASSWORD|TOKEN|_KEY$|_PEM$/.test(name));
    expect(secretLike.sort()).toEqual(Object.keys(PRODUCTION_SECRETS).sort());
  });

  it('serves the API docs in development and test, and in production only when API_DOCS=true', () => {
    expect(loadConfig(base).apiDocs).toBe(true);
    expect(loadConfig({ ...base, API_DOCS: 'false' }).apiDocs).toBe(false);
  });
});
