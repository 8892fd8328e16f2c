import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@zsb/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CATALOG } from './errors';
import { databaseUnavailable, describeDriverError, isDatabaseUnreachable } from './unavailable';

const byStatus: Record<number, { code: ErrorCode; message?: string }> = {
  400: { code: 'REQUEST_MALFORMED' },
  404: { code: 'ROUTE_NOT_FOUND' },
  405: { code: 'REQUEST_MALFORMED', message: '不支持这种请求方式' },
  406: { code: 'REQUEST_MALFORMED', message: '提交的内容格式不支持' },
  408: { code: 'REQUEST_MALFORMED', message: '请求超时了，请检查网络后重试' },
  413: { code: 'REQUEST_MALFORMED', message: '提交的内容太大了' },
  414: { code: 'REQUEST_MALFORMED', message: '网址太长了，请返回上一页重新打开' },
  415: { code: 'REQUEST_MALFORMED', message: '提交的内容格式不支持，请使用 JSON' },
  429: { code: 'RATE_LIMITED' },
  431: { code: 'REQUEST_MALFORMED', message: '请求太大了（网址或请求头太长），请返回上一页重新打开' },
};

/**
 * Maps every error to the contract body {code, message, requestId}. Client errors keep their 4xx; a database that
 * cannot be reached is a 503 DATABASE_UNAVAILABLE (the request may be sent again); anything else unknown is logged
 * with its stack and answered as a generic 500 carrying the request id.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(thrown: unknown, host: ArgumentsHost): void {
    // The drivers (pg, pg-pool, Kysely) throw their own errors when the connection is refused or ends mid-request.
    const error =
      !(thrown instanceof AppError) && isDatabaseUnreachable(thrown)
        ? databaseUnavailable(describeDriverError(thrown))
        : thrown;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body } = this.toBody(error, String(request.id));
    if (status >= 500) {
      // request.log carries the request id, so this line sits next to the request's own line.
      // An upstream failure is logged by what the adapter says, not with its cause: the cause is the HTTP client's
      // error, which carries the request it sent (a resident's name and ID number for the identity service).
      const detail = error instanceof AppError ? { detail: error.internalDetail ?? error.code } : { err: error };
      request.log.error({ ...detail, code: body.code, route: request.routeOptions?.url }, 'request failed');
    }
    if (error instanceof AppError && error.retryAfterSec !== undefined)
      void reply.header('retry-after', String(error.retryAfterSec));
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(error: unknown, requestId: string): { status: number; body: ErrorBody } {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message, requestId };
      if (error.details?.length) body.details = error.details;
      if (error.offers) body.offers = error.offers;
      if (error.phoneOnFileMasked) body.phoneOnFileMasked = error.phoneOnFileMasked;
      return { status: error.status, body };
    }
    const status = statusOf(error);
    if (status !== undefined && status >= 400 && status < 500) {
      const mapped = byStatus[status] ?? { code: 'REQUEST_MALFORMED' as const };
      return {
        status,
        body: { code: mapped.code, message: mapped.message ?? ERROR_CATALOG[mapped.code].message, requestId },
      };
    }
    return { status: 500, body: { code: 'INTERNAL_ERROR', message: ERROR_CATALOG.INTERNAL_ERROR.message, requestId } };
  }
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify's own errors (bad JSON, body too large, unsupported content type) carry statusCode.
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const code = (error as { statusCode: unknown }).statusCode;
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}
