import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { maskPiiInText } from '@zsb/domain';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

// A caller's request id is kept when it looks like one (so a trace crosses systems); anything else is replaced.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Structured JSON logs, one line per event, each carrying the request id. URLs are masked for PII in case a
 * client ever puts an ID number or phone in a query string; credentials are never logged.
 */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req),
      customAttributeKeys: { reqId: 'requestId' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: maskPiiInText(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Health probes would drown everything else.
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health/') },
    },
  };
}
