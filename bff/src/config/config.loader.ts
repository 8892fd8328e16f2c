import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema, type AppConfigShape } from './config.schema';
import { committedValues, productionRefusals, type SecretName } from './production-secrets';

type Json = Record<string, unknown>;
type Env = Record<string, string | undefined>;

/** Environment variables and the configuration key each one sets. The README's table lists the same. */
export const ENV_KEYS: Record<
  string,
  { path: string[]; type: 'string' | 'int' | 'number' | 'nullable' | 'boolean' | 'pem' | 'list' }
> = {
  PORT: { path: ['port'], type: 'int' },
  TRUSTED_PROXIES: { path: ['trustedProxies'], type: 'list' },
  HOST: { path: ['host'], type: 'string' },
  DATA_DIR: { path: ['dataDir'], type: 'string' },
  DATABASE_URL: { path: ['databaseUrl'], type: 'nullable' },
  REDIS_URL: { path: ['redisUrl'], type: 'nullable' },
  REDIS_KEY_PREFIX: { path: ['redisKeyPrefix'], type: 'string' },
  LOG_LEVEL: { path: ['logLevel'], type: 'string' },
  LOG_FILE: { path: ['logFile'], type: 'nullable' },
  LOG_BUFFER_BYTES: { path: ['logBufferBytes'], type: 'int' },
  H5_DIR: { path: ['h5Dir'], type: 'nullable' },
  CONSOLE_DIR: { path: ['consoleDir'], type: 'nullable' },
  API_DOCS: { path: ['apiDocs'], type: 'boolean' },
  PLATFORM_URL: { path: ['upstream', 'platformUrl'], type: 'string' },
  UPSTREAM_TIMEOUT_MS: { path: ['upstream', 'timeoutMs'], type: 'int' },
  UPSTREAM_PROXY_URL: { path: ['upstream', 'proxyUrl'], type: 'nullable' },
  UPSTREAM_READ_RETRIES: { path: ['upstream', 'readRetries'], type: 'int' },
  UPSTREAM_BREAKER_FAILURE_RATIO: { path: ['upstream', 'breakerFailureRatio'], type: 'number' },
  UPSTREAM_BREAKER_MIN_CALLS: { path: ['upstream', 'breakerMinimumCalls'], type: 'int' },
  UPSTREAM_BREAKER_HALF_OPEN_MS: { path: ['upstream', 'breakerHalfOpenMs'], type: 'int' },
  IDENTITY_URL: { path: ['upstream', 'identityUrl'], type: 'nullable' },
  IDENTITY_CLIENT_ID: { path: ['upstream', 'identityOauth', 'clientId'], type: 'string' },
  IDENTITY_CLIENT_SECRET: { path: ['upstream', 'identityOauth', 'clientSecret'], type: 'string' },
  APPROVAL_URL: { path: ['upstream', 'approvalUrl'], type: 'nullable' },
  APPROVAL_CALLBACK_SECRET: { path: ['applications', 'callbackSecret'], type: 'string' },
  EVALUATION_URL: { path: ['upstream', 'evaluationUrl'], type: 'nullable' },
  EVALUATION_CALLBACK_SECRET: { path: ['reviews', 'callbackSecret'], type: 'string' },
  APPLICATION_RETRY_BASE_MS: { path: ['applications', 'retryBaseMs'], type: 'int' },
  APPLICATION_RETRY_MAX_MS: { path: ['applications', 'retryMaxMs'], type: 'int' },
  APPLICATION_POLL_INTERVAL_SEC: { path: ['applications', 'pollIntervalSec'], type: 'int' },
  SMS_URL: { path: ['upstream', 'smsUrl'], type: 'nullable' },
  LICENCE_URL: { path: ['upstream', 'licenceUrl'], type: 'nullable' },
  WECHAT_API_URL: { path: ['upstream', 'wechat', 'apiUrl'], type: 'nullable' },
  WECHAT_APP_ID: { path: ['upstream', 'wechat', 'appId'], type: 'string' },
  WECHAT_SECRET: { path: ['upstream', 'wechat', 'secret'], type: 'string' },
  ALIPAY_GATEWAY_URL: { path: ['upstream', 'alipay', 'gatewayUrl'], type: 'nullable' },
  ALIPAY_APP_ID: { path: ['upstream', 'alipay', 'appId'], type: 'string' },
  ALIPAY_PRIVATE_KEY_PEM: { path: ['upstream', 'alipay', 'privateKeyPem'], type: 'pem' },
  ALIPAY_PUBLIC_KEY_PEM: { path: ['upstream', 'alipay', 'publicKeyPem'], type: 'pem' },
  RATE_LIMIT_FACTOR: { path: ['rateLimitFactor'], type: 'int' },
  JWT_SECRET: { path: ['auth', 'jwtSecret'], type: 'string' },
  SMS_PER_MINUTE: { path: ['auth', 'smsPerMinute'], type: 'int' },
  SMS_PER_PHONE_MINUTE: { path: ['auth', 'smsPerPhone', 'perMinute'], type: 'int' },
  SMS_PER_PHONE_HOUR: { path: ['auth', 'smsPerPhone', 'perHour'], type: 'int' },
  SMS_PER_PHONE_DAY: { path: ['auth', 'smsPerPhone', 'perDay'], type: 'int' },
  PII_KEY: { path: ['security', 'piiKey'], type: 'string' },
  PII_HASH_KEY: { path: ['security', 'piiHashKey'], type: 'string' },
  SHORT_CODE_MISSES_PER_10MIN: { path: ['security', 'shortCodeMissesPer10Min'], type: 'int' },
  HOLIDAYS_FILE: { path: ['holidaysFile'], type: 'string' },
  BOOKING_HORIZON_DAYS: { path: ['bookings', 'horizonDays'], type: 'int' },
  BOOKING_SLOT_CAPACITY: { path: ['bookings', 'slotCapacity'], type: 'int' },
  CATALOG_SYNC_INTERVAL_SEC: { path: ['catalog', 'syncIntervalSec'], type: 'int' },
  UPLOAD_MAX_PENDING: { path: ['uploads', 'maxPending'], type: 'int' },
  UPLOAD_S3_ENDPOINT: { path: ['uploads', 's3', 'endpoint'], type: 'nullable' },
  UPLOAD_S3_REGION: { path: ['uploads', 's3', 'region'], type: 'string' },
  UPLOAD_S3_BUCKET: { path: ['uploads', 's3', 'bucket'], type: 'string' },
  UPLOAD_S3_ACCESS_KEY_ID: { path: ['uploads', 's3', 'accessKeyId'], type: 'string' },
  UPLOAD_S3_SECRET_ACCESS_KEY: { path: ['uploads', 's3', 'secretAccessKey'], type: 'string' },
  UPLOAD_S3_FORCE_PATH_STYLE: { path: ['uploads', 's3', 'forcePathStyle'], type: 'boolean' },
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Json, v) : v;
  return out;
}

function setPath(target: Json, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]] = value;
}

function readProfile(dir: string, name: string): Json {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Json;
  } catch (e) {
    throw new ConfigError(`Invalid configuration: ${file} is not valid JSON (${(e as Error).message})`);
  }
}

function profileOf(env: Env): AppConfigShape['profile'] {
  const p = env.APP_ENV ?? (env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development');
  if (p !== 'development' && p !== 'test' && p !== 'production') {
    throw new ConfigError(`Invalid configuration: APP_ENV must be development, test or production, got "${p}"`);
  }
  return p;
}

/**
 * Reads config/default.json, then config/<profile>.json, then the environment, and validates the result once.
 * Relative paths (dataDir, h5Dir, consoleDir) are resolved against the repository root so the BFF can start from anywhere.
 */
export function loadConfig(env: Env = process.env, overrides: Json = {}): Readonly<AppConfigShape> {
  const root = resolve(__dirname, '../../..');
  const dir = env.CONFIG_DIR ? resolve(env.CONFIG_DIR) : join(root, 'config');
  const profile = profileOf(env);
  let raw = merge(readProfile(dir, 'default'), readProfile(dir, profile));
  const fromEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ENV_KEYS)) {
    const text = env[name];
    if (text === undefined) continue;
    const value =
      spec.type === 'int' || spec.type === 'number'
        ? /^\d+(\.\d+)?$/.test(text.trim())
          ? Number(text)
          : text // the schema refuses a fraction where it wants an int
        : spec.type === 'boolean'
          ? text === 'true'
            ? true
            : text === 'false'
              ? false
              : text
          : spec.type === 'pem'
            ? text.replace(/\\n/g, '\n') // a PEM in one line of the environment, its newlines written as \n
            : spec.type === 'list'
              ? text
                  .split(',')
                  .map((item) => item.trim())
                  .filter(Boolean) // "10.0.0.0/8, 192.168.1.7"
              : spec.type === 'nullable' && text === ''
                ? null
                : text;
    setPath(raw, spec.path, value);
    fromEnv[spec.path.join('.')] = name;
  }
  raw = merge(raw, overrides);
  raw.profile = profile;

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const envName = Object.entries(ENV_KEYS).find(([, spec]) => spec.path.join('.') === key)?.[0];
      const source = fromEnv[key]
        ? `${fromEnv[key]} (environment)`
        : `${key} (config/${profile}.json or default.json${envName ? `; or set ${envName}` : ''})`;
      return `  - ${source}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration, the BFF will not start:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.profile === 'production') refuseDevelopmentSecrets(config, join(root, 'config'));
  if (!config.dataDir.startsWith('memory://')) config.dataDir = resolve(root, config.dataDir);
  if (config.h5Dir) config.h5Dir = resolve(root, config.h5Dir);
  if (config.consoleDir) config.consoleDir = resolve(root, config.consoleDir);
  config.holidaysFile = resolve(root, config.holidaysFile);
  return deepFreeze(config);
}

/**
 * Production never starts on a secret from the repository (whatever CONFIG_DIR says, config/ beside the code is
 * what was committed) or on one too weak to keep; see production-secrets.ts.
 */
function refuseDevelopmentSecrets(config: AppConfigShape, committedDir: string): void {
  const valueOf = (name: SecretName): string | null => {
    let node: unknown = config;
    for (const key of ENV_KEYS[name].path) node = node === null || node === undefined ? null : (node as Json)[key];
    return typeof node === 'string' ? node : null;
  };
  const refusals = productionRefusals(valueOf, config.rateLimitFactor, committedValues(committedDir));
  if (refusals.length)
    throw new ConfigError(`Refusing to start in production with these settings:\n${refusals.join('\n')}`);
}

function deepFreeze<T>(value: T): T {
  if (isObject(value)) for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
