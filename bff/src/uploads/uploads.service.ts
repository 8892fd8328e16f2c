import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Upload, UploadKind } from '@zsb/contracts';
import type { Kysely } from 'kysely';
import { ResidentService } from '../auth/resident.service';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import type { Database } from '../database/database.types';
import { cleanName } from './content/file-name';
import { reencodeImage } from './content/image';
import { checkPdf } from './content/pdf-check';
import { type IncomingFile, readUpload, tooLarge } from './content/read-upload';
import { FileCipher } from './file-cipher';
import { FileStore } from './storage/file-store.port';
import { type UploadRow, UploadsRepository } from './uploads.repository';

// Multipart boundaries and part headers around the file: a request declaring more than the limit plus this is
// refused before a byte of it is read.
const MULTIPART_OVERHEAD = 64 * 1024;
const SWEEP_EVERY_MS = 15 * 60_000;
const SWEEP_BATCH = 100;

export interface OwnedUpload {
  id: string;
  kind: UploadKind;
  name: string;
  size: number;
  sha256: string;
  contentType: string;
}

export interface UploadContent {
  bytes: Buffer;
  contentType: string;
  name: string;
  sha256: string;
}

/**
 * Application materials a resident uploads: a photo or a PDF, identified by its content, checked, photos
 * re-encoded without metadata, stored encrypted under a random key, then recorded. Any refusal leaves nothing:
 * the file is written only after every check, the row after the file, and the file goes again if the row fails.
 * An upload no application takes expires after `uploads.unattachedTtlDays` and is swept with its file.
 */
@Injectable()
export class UploadsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UploadsService.name);
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly uploads: UploadsRepository,
    private readonly store: FileStore,
    private readonly cipher: FileCipher,
    private readonly residents: ResidentService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweepExpired(), SWEEP_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  async receive(
    residentId: string,
    request: { declaredBytes: number | null; open: () => Promise<IncomingFile> },
  ): Promise<Upload> {
    const limits = this.config.uploads;
    // Refusals that need no byte of the file come first.
    if (
      request.declaredBytes !== null &&
      request.declaredBytes > Math.max(limits.maxImageBytes, limits.maxPdfBytes) + MULTIPART_OVERHEAD
    )
      throw tooLarge(limits);
    await this.residents.requireVerified(residentId);
    const now = new Date(this.clock.now());
    // A cheap early refusal; the cap itself holds at the insert below, where it is counted under a lock.
    if ((await this.uploads.countPending(residentId, now)) >= limits.maxPending)
      throw tooManyPending(limits.maxPending);

    const file = await request.open();
    const { bytes, sniffed } = await readUpload(file, limits);
    const stored =
      sniffed.kind === 'pdf'
        ? {
            bytes,
            contentType: 'application/pdf' as const,
            width: null,
            height: null,
            pages: (await checkPdf(bytes)).pages,
          }
        : await reencodeImage(bytes, sniffed.format, limits.maxImageSide);

    const id = randomId();
    const random = randomId();
    const storageKey = `${random.slice(0, 2)}/${random}`;
    await this.store.put(storageKey, this.cipher.seal(stored.bytes, storageKey));
    try {
      const row = await this.uploads.insertWithinCap(
        {
          id,
          resident_id: residentId,
          kind: sniffed.kind,
          name: cleanName(
            file.name,
            stored.contentType === 'application/pdf' ? 'pdf' : stored.contentType === 'image/png' ? 'png' : 'jpg',
          ),
          size: stored.bytes.length,
          sha256: createHash('sha256').update(stored.bytes).digest('hex'),
          width: stored.width,
          height: stored.height,
          content_type: stored.contentType,
          storage_key: storageKey,
          created_at: now,
          expires_at: new Date(now.getTime() + limits.unattachedTtlDays * 86_400_000),
        },
        limits.maxPending,
      );
      if (!row) throw tooManyPending(limits.maxPending);
      return toUpload(row);
    } catch (e) {
      await this.store
        .delete(storageKey)
        .catch((err: unknown) =>
          this.logger.error({ err, storageKey }, 'could not remove the file of a failed upload'),
        );
      throw e;
    }
  }

  /** The bytes of a resident's own live upload (pending or attached); UPLOAD_NOT_FOUND for anything else. */
  async read(residentId: string, id: string): Promise<UploadContent> {
    return this.load(residentId, id, 'UPLOAD_NOT_FOUND');
  }

  /** GET …/content: the same, answering 404 FILE_NOT_FOUND alike for another resident's, an expired or no upload. */
  async content(residentId: string, id: string): Promise<UploadContent> {
    return this.load(residentId, id, 'FILE_NOT_FOUND');
  }

  /** FILE_NOT_FOUND unless it is the resident's pending upload (not yet attached to anything, not expired). */
  async requirePending(residentId: string, id: string): Promise<void> {
    await this.ownedUploads(residentId, [id]).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'UPLOAD_NOT_FOUND' ? new AppError('FILE_NOT_FOUND') : e;
    });
  }

  /** Deletes a resident's own pending upload and its file; an attached one belongs to its application. */
  async remove(residentId: string, id: string): Promise<void> {
    if (!(await this.uploads.removeWith({ id, residentId }, (key) => this.store.delete(key))))
      throw new AppError('FILE_NOT_FOUND');
  }

  /**
   * For the applications module, before it records an application: these uploads as this resident's pending
   * (not attached, not expired) uploads, in the order asked. UPLOAD_NOT_FOUND if any is not.
   */
  async ownedUploads(residentId: string, ids: string[]): Promise<OwnedUpload[]> {
    const unique = [...new Set(ids)];
    const rows = new Map(
      (await this.uploads.findPending(residentId, unique, new Date(this.clock.now()))).map((r) => [r.id, r]),
    );
    if (rows.size !== unique.length) throw new AppError('UPLOAD_NOT_FOUND');
    return unique.map((id) => {
      const r = rows.get(id)!;
      return { id: r.id, kind: r.kind, name: r.name, size: r.size, sha256: r.sha256, contentType: r.content_type };
    });
  }

  /**
   * Marks uploads as taken by an application (or by the linked applications of one theme submission: pass one id
   * for all of them); they stop expiring and can no longer be deleted by the resident. Calling it again with the
   * same id changes nothing. Pass the application's transaction so both commit together.
   */
  async markAttached(ids: string[], attachedTo: string, tx?: Kysely<Database>): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await this.uploads.attach(unique, attachedTo, new Date(this.clock.now()), tx)) !== unique.length)
      throw new AppError('UPLOAD_NOT_FOUND');
  }

  /**
   * For drafts: the files a draft refers to live as long as the draft does (a draft saved again on day 29 keeps
   * its photos past day 30). Ids that are not this resident's pending uploads are left alone; submitting checks.
   */
  async keepForDraft(residentId: string, ids: string[], until: Date): Promise<void> {
    await this.uploads.keepPendingUntil(residentId, [...new Set(ids)], until, new Date(this.clock.now()));
  }

  /** Deletes expired pending uploads with their files; answers how many went. Safe on several instances at once. */
  async sweepExpired(): Promise<number> {
    let removed = 0;
    try {
      for (;;) {
        const now = new Date(this.clock.now());
        const ids = await this.uploads.expiredIds(now, SWEEP_BATCH);
        for (const id of ids)
          if (await this.uploads.removeWith({ id, expiredBy: now }, (key) => this.store.delete(key))) removed++;
        if (ids.length < SWEEP_BATCH) break;
      }
    } catch (err) {
      this.logger.error({ err, removed }, 'upload sweep failed');
    }
    if (removed) this.logger.log({ removed }, 'expired uploads removed');
    return removed;
  }

  private async load(
    residentId: string,
    id: string,
    notFound: 'UPLOAD_NOT_FOUND' | 'FILE_NOT_FOUND',
  ): Promise<UploadContent> {
    const row = await this.uploads.findLive(residentId, id, new Date(this.clock.now()));
    if (!row) throw new AppError(notFound);
    const sealed = await this.store.get(row.storage_key);
    if (!sealed) {
      this.logger.error({ uploadId: row.id, storageKey: row.storage_key }, 'upload file missing from the store');
      throw new AppError(notFound);
    }
    return {
      bytes: this.cipher.open(sealed, row.storage_key),
      contentType: row.content_type,
      name: row.name,
      sha256: row.sha256,
    };
  }
}

const tooManyPending = (cap: number): AppError =>
  new AppError('RATE_LIMITED', `您已有 ${cap} 个还没用在申请里的附件，请先删除不用的附件再上传`);

function toUpload(row: UploadRow): Upload {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    size: row.size,
    width: row.width,
    height: row.height,
    createdAt: toShanghaiIso(row.created_at),
  };
}
