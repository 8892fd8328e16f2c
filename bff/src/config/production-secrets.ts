import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weaknessOfKeyBytes, weaknessOfText } from './secret-strength';

/**
 * Every secret of the configuration, by the variable that sets it, and how it is judged. `minted`: this deployment
 * generates it, so it must be at least 32 characters; `issued`: another system issues it in its own format
 * (WeChat's AppSecret, a cloud storage secret, the identity service's client secret), so only its randomness is
 * judged; `key-bytes`: base64 of random bytes; RSA keys are judged by their key material.
 */
export const PRODUCTION_SECRETS = {
  JWT_SECRET: 'minted',
  APPROVAL_CALLBACK_SECRET: 'minted',
  EVALUATION_CALLBACK_SECRET: 'minted',
  PII_KEY: 'key-bytes',
  PII_HASH_KEY: 'key-bytes',
  IDENTITY_CLIENT_SECRET: 'issued',
  WECHAT_SECRET: 'issued',
  UPLOAD_S3_SECRET_ACCESS_KEY: 'issued',
  ALIPAY_PRIVATE_KEY_PEM: 'rsa-private',
  ALIPAY_PUBLIC_KEY_PEM: 'rsa-public',
} as const;

export type SecretName = keyof typeof PRODUCTION_SECRETS;

/** Values committed to the repository, in the forms a secret is compared in. */
export interface CommittedValues {
  texts: Set<string>;
  /** base64 values decoded, as hex: the same key bytes written another way are still the same key */
  bytes: Set<string>;
  /** SHA-256 of the public key (SPKI) of every committed RSA key, private or public */
  keys: Set<string>;
}

const fingerprint = (key: KeyObject): string =>
  createHash('sha256')
    .update((key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' }))
    .digest('hex');

function rsaKey(text: string, kind: 'private' | 'public'): KeyObject | null {
  try {
    return kind === 'private' ? createPrivateKey(text) : createPublicKey(text);
  } catch {
    return null;
  }
}

const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * Every string in the repository's configuration profiles (config/*.json), read at start so the list cannot fall
 * behind them. They hold the sandbox's credentials (its OAuth client secret, WeChat secret, callback secret) and
 * two of its four Alipay keys; the other two are the public halves of those and are caught by key material.
 */
export function committedValues(configDir: string): CommittedValues {
  const found: CommittedValues = { texts: new Set(), bytes: new Set(), keys: new Set() };
  if (!existsSync(configDir)) return found;
  for (const file of readdirSync(configDir).filter((f) => f.endsWith('.json'))) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(configDir, file), 'utf8'));
    } catch {
      continue; // the loader names a broken profile itself
    }
    for (const text of strings(json)) {
      found.texts.add(text.trim());
      if (BASE64.test(text.trim())) found.bytes.add(Buffer.from(text.trim(), 'base64').toString('hex'));
      if (text.includes('-----BEGIN')) {
        const key = rsaKey(text, text.includes('PRIVATE KEY') ? 'private' : 'public');
        if (key) found.keys.add(fingerprint(key));
      }
    }
  }
  return found;
}

/**
 * Why production must not start with these settings, one line per variable; never the value itself. `valueOf`
 * gives each secret's configured value (null when that part of the configuration is off, as S3 storage may be).
 */
export function productionRefusals(
  valueOf: (name: SecretName) => string | null,
  rateLimitFactor: number,
  committed: CommittedValues,
): string[] {
  const refusals: string[] = [];
  const refuse = (name: string, why: string): void => void refusals.push(`  - ${name}: ${why}`);
  const seen = new Map<string, SecretName>();
  const keys: Partial<Record<SecretName, KeyObject>> = {};

  for (const [name, kind] of Object.entries(PRODUCTION_SECRETS) as [
    SecretName,
    (typeof PRODUCTION_SECRETS)[SecretName],
  ][]) {
    const value = valueOf(name);
    if (value === null) continue;
    const text = value.trim();
    const twin = seen.get(text);
    if (twin) refuse(name, `is the same value as ${twin}; each secret needs its own`);
    seen.set(text, name);

    if (kind === 'rsa-private' || kind === 'rsa-public') {
      const key = rsaKey(value, kind === 'rsa-private' ? 'private' : 'public');
      if (!key) continue; // the schema has refused it already
      keys[name] = key;
      if (committed.keys.has(fingerprint(key)))
        refuse(name, 'is a key committed in the repository (a sandbox key); use the production key pair');
      else if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
        refuse(name, 'is an RSA key shorter than 2048 bits');
      continue;
    }
    if (committed.texts.has(text)) {
      refuse(name, 'is a value committed in the repository (config/*.json); generate or obtain a production one');
      continue;
    }
    if (kind === 'key-bytes') {
      const bytes = Buffer.from(text, 'base64');
      const why = committed.bytes.has(bytes.toString('hex'))
        ? 'is a key committed in the repository (config/*.json), written another way'
        : weaknessOfKeyBytes(bytes);
      if (why) refuse(name, `${why}; generate one with: openssl rand -base64 32`);
      continue;
    }
    const why = weaknessOfText(text, kind === 'minted' ? 32 : 0);
    if (why) refuse(name, kind === 'minted' ? `${why}; generate one with: openssl rand -base64 48` : why);
  }

  // Alipay's answers must be checked with Alipay's key, not with the public half of our own.
  const own = keys.ALIPAY_PRIVATE_KEY_PEM;
  const theirs = keys.ALIPAY_PUBLIC_KEY_PEM;
  if (own && theirs && fingerprint(own) === fingerprint(theirs)) {
    refuse('ALIPAY_PUBLIC_KEY_PEM', "is the public half of ALIPAY_PRIVATE_KEY_PEM; it must be Alipay's public key");
  }
  if (rateLimitFactor !== 1)
    refuse('RATE_LIMIT_FACTOR', 'must be 1 in production (it multiplies every rate limit; only load tests raise it)');
  return refusals;
}
