import { Injectable } from '@nestjs/common';
import type { ReviewSubjectRef } from '@zsb/contracts';
import { AppError } from '../common/errors';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import { ratingOpenUntil } from './review-rules';
import { ApplicationLookup } from '../applications/application-lookup';
import { VisitLookup } from '../bookings/visit-lookup';

/** A finished service the resident may rate: an application 办结/不予受理, or a visit checked in. */
export interface RateableRow {
  kind: 'application' | 'visit';
  id: string;
  code: string;
  title: string | null;
  centerId: string | null;
  doneAt: Date;
}

/** What a rating is about, once checked: the resident may rate it now, and whose staff answer a 差评. */
export interface ResolvedSubject {
  kind: 'application' | 'visit' | 'window';
  id: string | null;
  centerId: string;
  title: string;
  place: string | null;
  openUntil: Date;
  /** For the provincial system: the matter of an application. */
  matterCode: string | null;
}

/**
 * Finds what a resident may rate: their own applications that ended (办结 or 不予受理) and their own visits checked in,
 * within the rating period; any center's windows through the printed QR. Someone else's application or booking is
 * answered as if it did not exist.
 */
@Injectable()
export class ReviewSubjects {
  constructor(
    private readonly config: AppConfig,
    private readonly applications: ApplicationLookup,
    private readonly visits: VisitLookup,
    private readonly catalog: CatalogService,
    private readonly directory: CenterDirectory,
    private readonly clock: Clock,
  ) {}

  /** The resident's finished services still open to rating, rated or not. */
  async rateable(residentId: string): Promise<RateableRow[]> {
    const since = new Date(this.clock.now() - this.config.reviews.openDays * 86_400_000);
    const [apps, visits] = await Promise.all([
      this.applications.endedSince(residentId, since),
      this.visits.checkedInSince(residentId, since),
    ]);
    return [
      ...apps.map((a) => ({
        kind: 'application' as const,
        id: a.id,
        code: a.matterCode,
        title: a.matterName,
        centerId: a.ownerCenterId,
        doneAt: a.doneAt,
      })),
      ...visits.map((v) => ({
        kind: 'visit' as const,
        id: v.id,
        code: v.matterCode,
        title: null,
        centerId: v.centerId,
        doneAt: v.checkedInAt,
      })),
    ];
  }

  async resolve(residentId: string, ref: ReviewSubjectRef, countyCode: string): Promise<ResolvedSubject> {
    const openDays = this.config.reviews.openDays;
    if (ref.kind === 'window') {
      const center = this.directory.get(ref.centerId);
      return {
        kind: 'window',
        id: null,
        centerId: center.id,
        title: `${center.name}窗口服务`,
        place: center.name,
        openUntil: ratingOpenUntil(new Date(this.clock.now()), openDays),
        matterCode: null,
      };
    }
    const found = (await this.rateable(residentId)).find((r) => r.kind === ref.kind && r.id === ref.id);
    if (!found) throw new AppError('REVIEW_NOT_OPEN');
    if (found.kind === 'visit') {
      const center = this.directory.current().byId(found.centerId ?? '');
      return {
        kind: 'visit',
        id: found.id,
        centerId: found.centerId ?? '',
        title: this.matterName(found.code),
        place: center?.name ?? null,
        openUntil: ratingOpenUntil(found.doneAt, openDays),
        matterCode: found.code,
      };
    }
    // The center fixed when it was submitted; older applications are placed now, by the same rule.
    const center =
      (found.centerId ? this.directory.current().byId(found.centerId) : undefined) ??
      this.directory.countyCenterFor(countyCode, found.code);
    return {
      kind: 'application',
      id: found.id,
      centerId: center?.id ?? '',
      title: found.title ?? this.matterName(found.code),
      place: center?.name ?? null,
      openUntil: ratingOpenUntil(found.doneAt, openDays),
      matterCode: found.code,
    };
  }

  matterName(code: string): string {
    return this.catalog.snapshot().summary(code)?.name ?? '（该事项已调整）';
  }

  centerName(id: string): string | null {
    return this.directory.current().byId(id)?.name ?? null;
  }
}
