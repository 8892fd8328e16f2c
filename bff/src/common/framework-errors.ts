import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody, ErrorCode } from '@zsb/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Refusals that never reach Nest (or even Fastify's hooks) still answer with the contract body, in Chinese, and
// never repeat the URL they refuse (Fastify's own bodies did: a reflected, attacker-chosen string).

const BAD_URL = { status: 400, code: 'REQUEST_MALFORMED', message: '网址不正确，请返回上一页重新打开' } as const;
const LONG_URL = { status: 414, code: 'REQUEST_MALFORMED', message: '网址太长了，请返回上一页重新打开' } as const;

// What a browser should do with these bodies: nothing but read them as data.
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

/**
 * Fastify's `frameworkErrors`: the router's refusals before any hook runs, i.e. a URL that is not valid
 * percent-encoding (FST_ERR_BAD_URL) and a path parameter longer than `routerOptions.maxParamLength`.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const refusal = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? LONG_URL : BAD_URL;
  const body: ErrorBody = { code: refusal.code, message: refusal.message, requestId: String(request.id) };
  void reply
    .code(refusal.status)
    .headers({ ...HEADERS, 'x-request-id': String(request.id) })
    .send(JSON.stringify(body));
}

const CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  // The request line and headers together are past Node's maxHeaderSize (16 KB): most often a very long URL.
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_MALFORMED',
    message: '请求太大了（网址或请求头太长），请返回上一页重新打开',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_MALFORMED', message: '请求超时了，请检查网络后重试' },
};
const CLIENT_ERROR = { status: 400, code: 'REQUEST_MALFORMED' as ErrorCode, message: '请求格式不正确，请刷新后重试' };

/**
 * Fastify's `clientErrorHandler` (Node's `clientError` event): requests Node's HTTP parser refuses before there is
 * a request object — headers too large, a malformed request line or header, a timeout. Written straight to the
 * socket as Node and Fastify do, but as the contract body with a fresh request id, then the connection is closed.
 */
export function answerClientError(this: FastifyInstance, err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = (err.code && CLIENT_ERRORS[err.code]) || CLIENT_ERROR;
  const requestId = randomUUID();
  this.log.debug({ requestId, code: err.code }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ code: refusal.code, message: refusal.message, requestId } satisfies ErrorBody);
    const headers = {
      ...HEADERS,
      'x-request-id': requestId,
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}
