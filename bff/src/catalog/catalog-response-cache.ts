import { Injectable } from '@nestjs/common';
import type { CatalogHeader } from '@zsb/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptedEncoding, COMPRESS_THRESHOLD, compressOnce } from '../common/compression';
import { clientHolds, type SerializedBody } from '../common/json-body';
import { CatalogSyncService } from './catalog-sync.service';
import { MatterViews } from './matter-views';
import { SearchMissRecorder } from './search-misses';
import { Lru } from './search/lru';

// Distinct catalog URLs kept: every guide (411) and the popular searches, a few MB of JSON text.
const CAPACITY = 4000;

interface Entry extends SerializedBody {
  /** The snapshot build (CatalogSnapshot.generation) that produced it. */
  snapshotId: number;
  /** A guide's matter code: a guide read from here still counts as a view for the hot list. */
  viewOf: string | null;
  /** A search that found nothing: answered from here it still counts for 搜索缺口. */
  missOf: string | null;
}

/**
 * Catalog answers by exact URL for the snapshot that made them, served from a Fastify onRequest hook before Nest's
 * routing, validation and interceptors run. Only answers the controller already produced are kept (so every URL
 * was validated once); a new snapshot makes every entry miss; non-200 answers are never kept. The request log
 * line, the request id and the ETag/304 handling are Fastify's and apply as before.
 */
@Injectable()
export class CatalogResponseCache {
  private readonly entries = new Lru<string, Entry>(CAPACITY);
  // The catalog headers change only with the snapshot and the stale mark: built once per combination.
  private fixed: { snapshotId: number; stale: boolean; headers: Record<CatalogHeader, string> } | null = null;

  constructor(
    private readonly sync: CatalogSyncService,
    private readonly views: MatterViews,
    private readonly misses: SearchMissRecorder,
  ) {}

  remember(
    url: string,
    answer: { snapshotId: number; body: SerializedBody; viewOf: string | null; missOf: string | null },
  ): void {
    this.entries.set(url, {
      ...answer.body,
      snapshotId: answer.snapshotId,
      viewOf: answer.viewOf,
      missOf: answer.missOf,
    });
  }

  headers(): Record<CatalogHeader, string> | null {
    const snapshot = this.sync.snapshot();
    if (!snapshot) return null;
    const stale = this.sync.isStale();
    if (this.fixed?.snapshotId !== snapshot.id || this.fixed.stale !== stale) {
      const headers = {
        'x-catalog-version': snapshot.version,
        'x-catalog-synced-at': snapshot.syncedAt.toISOString(),
        'x-catalog-stale': stale ? '1' : '0',
      };
      this.fixed = { snapshotId: snapshot.id, stale, headers };
    }
    return this.fixed.headers;
  }

  install(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      if (request.method !== 'GET') return done();
      const hit = this.entries.get(request.url);
      const snapshot = hit ? this.sync.snapshot() : null;
      if (!hit || !snapshot || hit.snapshotId !== snapshot.generation) return done();
      if (hit.viewOf) this.views.record(hit.viewOf);
      if (hit.missOf) this.misses.record(hit.missOf);
      const catalog = this.headers();
      if (catalog) void reply.headers(catalog);
      void reply.header('etag', hit.etag).header('content-type', 'application/json; charset=utf-8');
      // Compressed once per entry, not per request as the compression plugin would (it leaves an answer that
      // already has a Content-Encoding alone); a client that holds the ETag gets its 304 instead.
      const encoding =
        hit.body.length >= COMPRESS_THRESHOLD && !clientHolds(request, hit.etag)
          ? acceptedEncoding(request.headers['accept-encoding'])
          : null;
      if (!encoding) return void reply.send(hit.body);
      void reply
        .header('content-encoding', encoding)
        .header('vary', 'accept-encoding')
        .send(compressOnce(hit, hit.body, encoding));
    });
  }
}
