import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { maskPiiInText } from '@zsb/domain';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { loggableUrl, redactSecretsInText } from './log-redaction';

// A caller's request id is kept when it looks like one (so a trace crosses systems); anything else is replaced.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The one pino logger of the process: JSON lines to stdout or LOG_FILE. Fastify gives each request a child of it
 * carrying `requestId`, so every line written while handling a request names the request.
 */
export function createRootLogger(config: AppConfig): Logger {
  // Lines are gathered up to logBufferBytes and written without blocking requests (a synchronous write per
  // request cost about a third of the BFF's throughput); pino flushes what is left when the process exits.
  // 0 writes each line before the request finishes, which the tests use to read their own lines.
  const buffered = config.logBufferBytes > 0;
  const destination = pino.destination({
    dest: config.logFile ?? 1,
    sync: !buffered,
    minLength: config.logBufferBytes,
    mkdir: config.logFile !== null,
  });
  // A quiet hour must not leave its few lines in the buffer: flush at least once a second.
  if (buffered) setInterval(() => destination.flush(), 1000).unref();
  return pino(
    {
      level: config.logLevel,
      // The last line of defence for personal data and credentials: whatever a line carries (an upstream error's
      // request body, a resident's typing echoed in a message, a URL inside a message), the values of secret-named
      // fields (code, ticket, token, smsCode, queryCode, password, secret …, as JSON at any depth of escaping or as
      // name=value) are replaced, and ID-number- and phone-shaped runs leave masked. Working on the finished line
      // rather than on pino redact paths reaches what paths cannot: the message, error serialisations, and JSON
      // held inside a string.
      hooks: { streamWrite: (line: string) => maskPiiInText(redactSecretsInText(line)) },
      // Credentials never reach a log line, whoever passes them.
      redact: {
        paths: ['headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * Fastify's request logging, one "request completed" line per request instead of its two, with the URL decoded,
 * masked for PII and stripped of secret parameters (see loggableUrl), the level following the status, and health
 * probes left out (they would drown everything else).
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override isLogDisabled(request: FastifyRequest): boolean {
    return request.url.startsWith('/health/');
  }

  override incomingRequest(): void {
    // The completed line says all; an incoming line doubles the volume.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const status = reply.statusCode;
    const line = {
      req: { method: request.method, url: loggableUrl(request.url) },
      res: { statusCode: status },
      responseTime: Math.round(reply.elapsedTime),
    };
    if (error || status >= 500) request.log.error(error ? { ...line, err: error } : line, 'request completed');
    else if (status >= 400) request.log.warn(line, 'request completed');
    else request.log.info(line, 'request completed');
  }
}

/**
 * Nest's own messages (start-up, module logs, `new Logger(context)` in services) through the same pino logger.
 * Nest calls `log(message, ...params, context)`: the last string is the context, another string the event
 * name, or for errors a stack. An object message keeps its fields: `logger.log({ outcome }, 'catalog sync')`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: pino.Level, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const others = strings.slice(0, -1);
    const stack = others.find((p) => p.includes('\n'));
    const event = others.find((p) => p !== stack);
    const fields: Record<string, unknown> = { context };
    if (stack) fields.stack = stack;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, event ?? message.message);
    else if (typeof message === 'object' && message !== null)
      this.logger[level]({ ...fields, ...message }, event ?? '');
    else this.logger[level](fields, String(message));
  }
}
