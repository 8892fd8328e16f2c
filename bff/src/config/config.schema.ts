import { z } from 'zod';

const url = z.url({ protocol: /^(https?|postgres(ql)?|rediss?)$/ });

// The whole runtime configuration. Profiles in config/*.json and environment variables are merged and parsed
// through this once at boot; a bad value stops the start naming the variable (see config.loader.ts).
export const configSchema = z
  .object({
    profile: z.enum(['development', 'test', 'production']),
    port: z.number().int().min(0).max(65535),
    host: z.string().min(1),
    dataDir: z.string().min(1),
    databaseUrl: url.nullable(),
    redisUrl: url.nullable(),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    logFile: z.string().min(1).nullable(),
    logBufferBytes: z.number().int().min(0).max(1_048_576),
    h5Dir: z.string().min(1).nullable(),
    upstream: z.object({
      platformUrl: url,
      timeoutMs: z.number().int().min(50).max(60_000),
      readRetries: z.number().int().min(0).max(5),
      breakerFailures: z.number().int().min(1).max(100),
      breakerHalfOpenMs: z.number().int().min(100).max(600_000),
    }),
    catalog: z.object({
      syncIntervalSec: z.number().int().min(10).max(86_400),
      retryIntervalSec: z.number().int().min(1).max(3600),
      syncConcurrency: z.number().int().min(1).max(32),
      keepSnapshots: z.number().int().min(1).max(20),
    }),
  })
  .strict();

export type AppConfigShape = z.infer<typeof configSchema>;
