import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { CatalogHeader } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import { CatalogSyncService } from './catalog-sync.service';

/** Tells every catalog answer which snapshot answered it and whether that snapshot is stale. */
@Injectable()
export class CatalogHeadersInterceptor implements NestInterceptor {
  constructor(private readonly sync: CatalogSyncService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const snapshot = this.sync.snapshot();
    if (snapshot) {
      const headers: Record<CatalogHeader, string> = {
        'x-catalog-version': snapshot.version,
        'x-catalog-synced-at': snapshot.syncedAt.toISOString(),
        'x-catalog-stale': this.sync.isStale() ? '1' : '0',
      };
      void context.switchToHttp().getResponse<FastifyReply>().headers(headers);
    }
    return next.handle();
  }
}
