import { generateKeyPairSync, randomBytes } from 'node:crypto';

const rsa = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

/**
 * The environment of a production BFF with secrets of its own, made fresh for each suite, the way an operator
 * generates them (openssl rand): the start-up checks refuse anything committed or weak.
 */
export function productionEnv(): Record<string, string> {
  const app = rsa();
  const alipay = rsa();
  return {
    APP_ENV: 'production',
    PLATFORM_URL: 'https://platform.example.gov.cn',
    ALIPAY_PRIVATE_KEY_PEM: app.privateKey,
    ALIPAY_PUBLIC_KEY_PEM: alipay.publicKey,
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
}
