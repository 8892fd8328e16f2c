import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { CatalogHeader } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { sendSerialized, serializeOnce } from '../common/json-body';
import { CatalogSyncService } from './catalog-sync.service';

/**
 * Tells every catalog answer which snapshot answered it and whether that snapshot is stale, and sends the answer
 * as JSON serialised once per answer object: the catalog service hands out the same immutable objects for the
 * same question within a snapshot, so the hot reads skip serialisation and carry a stable ETag.
 */
@Injectable()
export class CatalogHeadersInterceptor implements NestInterceptor {
  constructor(private readonly sync: CatalogSyncService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const snapshot = this.sync.snapshot();
    if (snapshot) {
      const headers: Record<CatalogHeader, string> = {
        'x-catalog-version': snapshot.version,
        'x-catalog-synced-at': snapshot.syncedAt.toISOString(),
        'x-catalog-stale': this.sync.isStale() ? '1' : '0',
      };
      void reply.headers(headers);
    }
    return next.handle().pipe(map((answer: unknown) => (answer !== null && typeof answer === 'object' ? sendSerialized(reply, serializeOnce(answer)) : answer)));
  }
}
