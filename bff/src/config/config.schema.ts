import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';

const url = z.url({ protocol: /^(https?|postgres(ql)?|rediss?)$/ });

/** A PEM key that Node can load, checked at boot rather than at the first sign-in. */
const pem = (kind: 'private' | 'public') =>
  z.string().refine(
    (text) => {
      try {
        (kind === 'private' ? createPrivateKey : createPublicKey)(text);
        return true;
      } catch {
        return false;
      }
    },
    { message: `must be an RSA ${kind} key in PEM form` },
  );

/** A time limit counted in working days (holiday calendar). */
const workingDays = z.number().int().min(1).max(60);

// The whole runtime configuration. Profiles in config/*.json and environment variables are merged and parsed
// through this once at boot; a bad value stops the start naming the variable (see config.loader.ts).

export const configSchema = z
  .object({
    profile: z.enum(['development', 'test', 'production']),
    port: z.number().int().min(0).max(65535),
    host: z.string().min(1),
    // Load balancers and reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs). Empty: nobody's;
    // the client address is the socket's, so a client cannot choose the address its rate limits count against.
    trustedProxies: z
      .array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          message: 'must be IP addresses or CIDRs, e.g. 10.0.0.0/8',
        }),
      )
      .max(64),
    dataDir: z.string().min(1),
    databaseUrl: url.nullable(),
    redisUrl: url.nullable(),
    // Prefixed to every Redis key, so several deployments (or test runs) can share one Redis.
    redisKeyPrefix: z.string().regex(/^[a-z0-9:_-]{1,40}$/),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    logFile: z.string().min(1).nullable(),
    logBufferBytes: z.number().int().min(0).max(1_048_576),
    h5Dir: z.string().min(1).nullable(),
    // The operators' console (packages/console), served at /console; null: not served.
    consoleDir: z.string().min(1).nullable(),
    // The OpenAPI page and JSON (/api/docs, /api/docs-json): on in development and test, off in production unless
    // API_DOCS=true (they list every route and field to whoever asks).
    apiDocs: z.boolean(),
    upstream: z.object({
      platformUrl: url,
      timeoutMs: z.number().int().min(50).max(60_000),
      readRetries: z.number().int().min(0).max(5),
      // Circuit breaker per upstream system: open when more than breakerFailureRatio of the calls (after retries) in the
      // last breakerWindowMs failed, once at least breakerMinimumCalls were made; try again after breakerHalfOpenMs.
      // Default 0.8: it is for a system that is down; a flaky one is left to the retries (test/bench/README.md, faults).
      breakerFailureRatio: z.number().gt(0).lt(1),
      breakerWindowMs: z.number().int().min(1000).max(600_000),
      breakerMinimumCalls: z.number().int().min(1).max(100_000),
      breakerHalfOpenMs: z.number().int().min(100).max(600_000),
      // An HTTP proxy every upstream call goes through (a government network's egress); null: straight to each system.
      proxyUrl: url.nullable(),
      // Each system's base URL; null means "at PLATFORM_URL" (the sandbox serves them all in development).
      identityUrl: url.nullable(),
      // The H5 sign-in client registered with the provincial unified identity service (OAuth 2.0).
      identityOauth: z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) }),
      smsUrl: url.nullable(),
      // The provincial approval system (审批/办件).
      approvalUrl: url.nullable(),
      // The provincial 好差评 system (evaluations and their cases).
      evaluationUrl: url.nullable(),
      licenceUrl: url.nullable(),
      wechat: z.object({ apiUrl: url.nullable(), appId: z.string().min(1), secret: z.string().min(1) }),
      alipay: z.object({
        gatewayUrl: url.nullable(),
        appId: z.string().min(1),
        // The app's RSA2 private key, which signs every gateway request (the gateway checks it, the sandbox too).
        privateKeyPem: pem('private'),
        // Alipay's RSA2 public key, which every gateway answer's sign is checked with.
        publicKeyPem: pem('public'),
      }),
    }),
    auth: z.object({
      // HS256 key of the access tokens. Production sets it from the environment (no default there).
      jwtSecret: z.string().min(32, 'must be at least 32 characters'),
      accessTokenTtlSec: z.number().int().min(60).max(3600),
      refreshTokenTtlSec: z
        .number()
        .int()
        .min(3600)
        .max(90 * 86_400),
      smsCodeTtlSec: z.number().int().min(60).max(900),
      smsResendSec: z.number().int().min(10).max(600),
      // Verification codes the whole BFF sends in a minute, all phones together: a ceiling on SMS flooding and cost.
      smsPerMinute: z.number().int().min(1).max(1_000_000),
      // Codes one phone number may receive, whoever asks (the SMS providers' own rule is 1 a minute, 5 an hour, 10
      // a day). The test profile raises them: its suites verify one resident from several sign-ins in seconds.
      smsPerPhone: z.object({
        perMinute: z.number().int().min(1).max(100),
        perHour: z.number().int().min(1).max(1000),
        perDay: z.number().int().min(1).max(10_000),
      }),
      // How long an instance trusts that a session is not revoked before asking the database again (0: always ask).
      sessionCheckCacheSec: z.number().int().min(0).max(60),
    }),
    // China's public holidays and 调休 days (config/holidays-cn.json); resolved against the repository root.
    holidaysFile: z.string().min(1),
    bookings: z.object({
      // Days a resident can book ahead, today included.
      horizonDays: z.number().int().min(1).max(60),
      slotMinutes: z.number().int().min(10).max(120),
      // Today's slots close this many minutes before they start (same-day cut-off).
      sameDayCutoffMinutes: z.number().int().min(0).max(600),
      // Cancel or reschedule online until this many minutes before the slot.
      changeCutoffMinutes: z.number().int().min(0).max(1440),
      maxActive: z.number().int().min(1).max(20),
      // noShowLimit no-shows within noShowWindowDays pause online booking for suspendDays after the last one.
      noShowLimit: z.number().int().min(1).max(50),
      noShowWindowDays: z.number().int().min(1).max(365),
      suspendDays: z.number().int().min(1).max(365),
      // Places per slot and matter group = windows × placesPerWindow, unless slotCapacity fixes it for every slot.
      placesPerWindow: z.number().int().min(1).max(50),
      slotCapacity: z.number().int().min(1).max(1_000_000).nullable(),
      // A full slot offers this many other free slots (here and at the nearest centers that handle the matter).
      offers: z.number().int().min(0).max(20),
    }),
    applications: z.object({
      // HMAC-SHA256 key the approval platform signs its status callbacks with (shared out of band).
      callbackSecret: z.string().min(16, 'must be at least 16 characters'),
      // Callbacks older or newer than this are refused (replays of a captured callback).
      callbackMaxSkewSec: z.number().int().min(10).max(3600),
      // The outbox worker: how often it looks for due deliveries, how many at once, and its backoff.
      outboxIntervalMs: z.number().int().min(50).max(60_000),
      outboxBatch: z.number().int().min(1).max(100),
      retryBaseMs: z.number().int().min(10).max(600_000),
      retryMaxMs: z.number().int().min(100).max(3_600_000),
      // Fallback when callbacks are lost: open applications not heard of for this long are asked for.
      pollIntervalSec: z.number().int().min(1).max(86_400),
      draftDays: z.number().int().min(1).max(365),
      // Template ids of the status message (WeChat subscribe message / Alipay template message).
      wechatTemplateId: z.string().min(1),
      alipayTemplateId: z.string().min(1),
    }),
    reviews: z.object({
      // HMAC-SHA256 key the 好差评 system signs its case callbacks with (shared out of band); skew as for approval.
      callbackSecret: z.string().min(16, 'must be at least 16 characters'),
      // How long after 办结 or a check-in a service can be rated (and a rating changed once), in calendar days.
      openDays: z.number().int().min(1).max(365),
      // A 差评's deadlines in working days from when it was filed: 核实/回访 contact, then 整改 with feedback
      // (the provinces set 5–15; Henan's rules 15).
      verifyDays: z.number().int().min(1).max(30),
      rectifyDays: z.number().int().min(1).max(60),
    }),
    feedback: z.object({
      // Working days to answer a 办不成事 case, by kind (网上办不成 … 其他), and a 咨询.
      caseDays: z.object({
        online_failed: workingDays,
        window_failed: workingDays,
        repeat_visits: workingDays,
        result_dispute: workingDays,
        staff_conduct: workingDays,
        other: workingDays,
      }),
      consultationDays: workingDays,
    }),
    // Multiplies every rate limit's allowance. Load tests raise it to measure throughput rather than the limits;
    // production keeps 1.
    rateLimitFactor: z.number().int().min(1).max(100_000),
    security: z.object({
      // AES-256-GCM key for ID numbers and phones at rest, and the HMAC key of their lookup hashes: base64, 32 bytes.
      piiKey: z.base64().refine((s) => Buffer.from(s, 'base64').length === 32, 'must be 32 bytes, base64'),
      piiHashKey: z.base64().refine((s) => Buffer.from(s, 'base64').length >= 32, 'must be at least 32 bytes, base64'),
      // Wrong 亮证短码 the whole BFF takes in 10 minutes, all verifiers together: past it, typing is refused (the QR works).
      shortCodeMissesPer10Min: z.number().int().min(1).max(100_000),
    }),
    catalog: z.object({
      syncIntervalSec: z.number().int().min(10).max(86_400),
      retryIntervalSec: z.number().int().min(1).max(3600),
      syncConcurrency: z.number().int().min(1).max(32),
      keepSnapshots: z.number().int().min(1).max(20),
    }),
    uploads: z.object({
      maxImageBytes: z
        .number()
        .int()
        .min(1024)
        .max(50 * 1_048_576),
      maxPdfBytes: z
        .number()
        .int()
        .min(1024)
        .max(100 * 1_048_576),
      // Longer side of a stored image after re-encoding; larger photos are scaled down.
      maxImageSide: z.number().int().min(512).max(10_000),
      // An upload no application has taken is deleted this many days after it arrived (drafts keep 30 days).
      unattachedTtlDays: z.number().int().min(1).max(90),
      // Uploads a resident may hold that no application has taken yet.
      maxPending: z.number().int().min(1).max(10_000),
      // null: files on local disk under <dataDir>/uploads. Otherwise an S3-compatible bucket.
      s3: z
        .object({
          // null: AWS itself (by region); MinIO, OSS, COS, OBS … give their endpoint.
          endpoint: url.nullable().default(null),
          region: z.string().min(1).default('us-east-1'),
          bucket: z.string().min(1),
          accessKeyId: z.string().min(1),
          secretAccessKey: z.string().min(1),
          // MinIO needs path-style URLs; Aliyun OSS and Tencent COS need virtual-hosted (false).
          forcePathStyle: z.boolean().default(true),
        })
        .nullable(),
    }),
  })
  .strict();

export type AppConfigShape = z.infer<typeof configSchema>;
