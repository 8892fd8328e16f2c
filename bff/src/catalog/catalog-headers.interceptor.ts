import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { CatalogHeader } from '@zsb/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { sendSerialized, serializeOnce } from '../common/json-body';
import { CatalogResponseCache } from './catalog-response-cache';
import { CatalogSyncService } from './catalog-sync.service';
import { SearchMissRecorder } from './search-misses';

// Routes whose answer depends on nothing but the URL and the snapshot (hot matters also on recent views: not kept).
const KEPT = new Set([
  '/api/v1/matters',
  '/api/v1/matters/:code',
  '/api/v1/domains',
  '/api/v1/themes',
  '/api/v1/themes/:id',
]);

/**
 * Tells every catalog answer which snapshot answered it and whether that snapshot is stale, and sends the answer
 * as JSON serialised once per answer object: the catalog service hands out the same immutable objects for the
 * same question within a snapshot, so the hot reads skip serialisation and carry a stable ETag.
 */
@Injectable()
export class CatalogHeadersInterceptor implements NestInterceptor {
  constructor(
    private readonly sync: CatalogSyncService,
    private readonly cache: CatalogResponseCache,
    private readonly misses: SearchMissRecorder,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest<{ Params: { code?: string } }>>();
    const snapshot = this.sync.snapshot();
    const headers: Record<CatalogHeader, string> | null = this.cache.headers();
    if (headers) void reply.headers(headers);
    return next.handle().pipe(
      map((answer: unknown) => {
        if (answer === null || typeof answer !== 'object') return answer;
        const body = serializeOnce(answer);
        const route = request.routeOptions.url ?? '';
        const missOf = route === '/api/v1/matters' ? searchThatFoundNothing(request.query, answer) : null;
        if (missOf) this.misses.record(missOf);
        if (snapshot && KEPT.has(route))
          this.cache.remember(request.url, {
            snapshotId: snapshot.generation,
            body,
            viewOf: route === '/api/v1/matters/:code' ? (request.params.code ?? null) : null,
            missOf,
          });
        return sendSerialized(reply, body);
      }),
    );
  }
}

/** The words of a first-page search with words that matched no matter (filters alone do not count), else null. */
function searchThatFoundNothing(query: unknown, answer: object): string | null {
  const { q, page } = (query ?? {}) as { q?: unknown; page?: unknown };
  if (typeof q !== 'string' || q.trim() === '' || (page !== undefined && String(page) !== '1')) return null;
  return (answer as { total?: unknown }).total === 0 ? q : null;
}
