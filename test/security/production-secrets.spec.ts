import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { OAUTH_DEFAULTS, WECHAT_DEFAULTS } from '@zsb/sandbox';
import { ConfigError, loadConfig } from '../../bff/src/config/config.loader';
import { PRODUCTION_SECRETS, type SecretName } from '../../bff/src/config/production-secrets';
import {
  SANDBOX_APP_PRIVATE_KEY,
  SANDBOX_APP_PUBLIC_KEY,
  SANDBOX_GATEWAY_PRIVATE_KEY,
  SANDBOX_GATEWAY_PUBLIC_KEY,
} from '../../packages/sandbox/src/alipay-keys';
import { CALLBACK_SECRET } from '../support/applying';
import { productionEnv } from '../support/production-env';

// The attack: an operator (or a copied docker-compose file) starts production with the development profile's
// secrets, the sandbox's keys, or a key typed by hand. Anyone holding the repository could then forge sessions,
// decrypt ID numbers or sign as the app. Production must refuse to start, naming the variable, never its value.
const env = productionEnv();

function refusal(overrides: Record<string, string>): string {
  try {
    loadConfig({ ...env, ...overrides });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const message = (e as Error).message;
    for (const value of Object.values(overrides)) if (value.length > 3) expect(message).not.toContain(value.trim());
    return message;
  }
  throw new Error(`production started with ${Object.keys(overrides).join(', ')}`);
}

const pkcs1 = (pem: string, kind: 'private' | 'public'): string =>
  (kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem))
    .export({ type: 'pkcs1', format: 'pem' })
    .toString();

describe('a production start', () => {
  it('goes ahead with secrets of its own', () => {
    expect(loadConfig(env).profile).toBe('production');
  });

  it('refuses every secret the development and test profiles carry, naming the variable', () => {
    for (const profile of ['development', 'test']) {
      const committed = loadConfig({ APP_ENV: profile });
      const values: Partial<Record<SecretName, string>> = {
        JWT_SECRET: committed.auth.jwtSecret,
        APPROVAL_CALLBACK_SECRET: committed.applications.callbackSecret,
        EVALUATION_CALLBACK_SECRET: committed.reviews.callbackSecret,
        PII_KEY: committed.security.piiKey,
        PII_HASH_KEY: committed.security.piiHashKey,
        IDENTITY_CLIENT_SECRET: committed.upstream.identityOauth.clientSecret,
        WECHAT_SECRET: committed.upstream.wechat.secret,
        ALIPAY_PRIVATE_KEY_PEM: committed.upstream.alipay.privateKeyPem,
        ALIPAY_PUBLIC_KEY_PEM: committed.upstream.alipay.publicKeyPem,
      };
      // Every secret but S3's (no profile has one) is covered here.
      expect(Object.keys(values).sort()).toEqual(
        Object.keys(PRODUCTION_SECRETS)
          .filter((n) => n !== 'UPLOAD_S3_SECRET_ACCESS_KEY')
          .sort(),
      );
      for (const [name, value] of Object.entries(values)) expect(refusal({ [name]: value })).toContain(`- ${name}:`);
    }
  });

  it('refuses the sandbox’s own credentials and all four of its Alipay keys, in any PEM form', () => {
    expect(refusal({ IDENTITY_CLIENT_SECRET: OAUTH_DEFAULTS.clientSecret })).toMatch(/- IDENTITY_CLIENT_SECRET[ :]/);
    expect(refusal({ WECHAT_SECRET: WECHAT_DEFAULTS.secret })).toMatch(/- WECHAT_SECRET[ :]/);
    expect(refusal({ APPROVAL_CALLBACK_SECRET: CALLBACK_SECRET })).toMatch(/- APPROVAL_CALLBACK_SECRET[ :]/);
    for (const key of [
      SANDBOX_APP_PRIVATE_KEY,
      SANDBOX_GATEWAY_PRIVATE_KEY,
      pkcs1(SANDBOX_APP_PRIVATE_KEY, 'private'),
    ]) {
      expect(refusal({ ALIPAY_PRIVATE_KEY_PEM: key })).toMatch(/ALIPAY_PRIVATE_KEY_PEM: is a key committed/);
    }
    for (const key of [
      SANDBOX_APP_PUBLIC_KEY,
      SANDBOX_GATEWAY_PUBLIC_KEY,
      pkcs1(SANDBOX_GATEWAY_PUBLIC_KEY, 'public'),
    ]) {
      expect(refusal({ ALIPAY_PUBLIC_KEY_PEM: key })).toMatch(/ALIPAY_PUBLIC_KEY_PEM: is a key committed/);
    }
  });

  it('refuses keys typed by hand: one byte, a repeated pattern, a passphrase, too short', () => {
    const b64 = (bytes: Buffer): string => bytes.toString('base64');
    const pattern = Buffer.from(Array.from({ length: 32 }, (_, i) => (i % 8) * 31));
    for (const key of [b64(Buffer.alloc(32, 1)), b64(pattern), b64(Buffer.from('our-pii-key-please-keep-secret!!'))]) {
      expect(refusal({ PII_KEY: key })).toMatch(/- PII_KEY[ :]/);
      expect(refusal({ PII_HASH_KEY: key })).toMatch(/- PII_HASH_KEY[ :]/);
    }
    for (const secret of [
      'x'.repeat(40),
      'changeme'.repeat(5),
      'abcdefghijklmnopqrstuvwxyz0123456789',
      randomBytes(12).toString('hex'),
    ]) {
      expect(refusal({ JWT_SECRET: secret })).toMatch(/- JWT_SECRET[ :]/);
      expect(refusal({ APPROVAL_CALLBACK_SECRET: secret })).toMatch(/- APPROVAL_CALLBACK_SECRET[ :]/);
    }
    expect(refusal({ WECHAT_SECRET: 's' })).toMatch(/- WECHAT_SECRET[ :]/);
    expect(refusal({ IDENTITY_CLIENT_SECRET: '123456' })).toMatch(/- IDENTITY_CLIENT_SECRET[ :]/);
    const s3 = {
      UPLOAD_S3_BUCKET: 'zsb',
      UPLOAD_S3_ACCESS_KEY_ID: 'AKIAZSB',
      UPLOAD_S3_SECRET_ACCESS_KEY: 'minioadmin',
    };
    expect(refusal(s3)).toMatch(/- UPLOAD_S3_SECRET_ACCESS_KEY[ :]/);
    const short = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(refusal({ ALIPAY_PRIVATE_KEY_PEM: short.privateKey })).toContain(
      'ALIPAY_PRIVATE_KEY_PEM: is an RSA key shorter than 2048 bits',
    );
  });

  it('refuses one secret reused for another, and our own public key where Alipay’s belongs', () => {
    expect(refusal({ PII_HASH_KEY: env.PII_KEY })).toContain('PII_HASH_KEY: is the same value as PII_KEY');
    const own = createPublicKey(env.ALIPAY_PRIVATE_KEY_PEM).export({ type: 'spki', format: 'pem' }).toString();
    expect(refusal({ ALIPAY_PUBLIC_KEY_PEM: own })).toContain(
      'ALIPAY_PUBLIC_KEY_PEM: is the public half of ALIPAY_PRIVATE_KEY_PEM',
    );
  });

  it('refuses raised rate limits', () => {
    expect(refusal({ RATE_LIMIT_FACTOR: '1000' })).toContain('RATE_LIMIT_FACTOR: must be 1 in production');
  });

  it('names every refused variable at once', () => {
    const message = refusal({
      JWT_SECRET: 'x'.repeat(40),
      PII_KEY: Buffer.alloc(32, 1).toString('base64'),
      RATE_LIMIT_FACTOR: '5',
    });
    expect(message.match(/^ {2}- /gm)).toHaveLength(3);
  });
});
