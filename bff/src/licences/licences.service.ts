import { Injectable } from '@nestjs/common';
import type { LicenceDetail, LicenceList, LicenceSummary, LicenceUseList } from '@zsb/contracts';
import { maskLicenceNumber, maskName } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { TtlCache } from '../common/ttl-cache';
import { LicenceLibrary, type LibraryLicence } from '../upstream/licence/licence-library.port';
import { LicenceRecordsRepository } from './licence-records.repository';
import { maskedFields } from './licence-masking';

const USE_LOG_LIMIT = 200;
const SEEN_TTL_MS = 5 * 60_000;

/**
 * A resident's licences, always read live from the library (never cached here: a revoked licence must stop
 * showing at once) and only ever for their own ID number. Every read of one licence goes to the use log.
 */
@Injectable()
export class LicencesService {
  // Which licence ids were just seen as this resident's, and of which type: no content, only enough to write a use
  // log row while the live licence is still being read (see DisplayCodesService.issue).
  private readonly seen = new TtlCache<string, string>(SEEN_TTL_MS, 100_000);

  constructor(
    private readonly library: LicenceLibrary,
    private readonly residents: ResidentService,
    private readonly records: LicenceRecordsRepository,
  ) {}

  async list(residentId: string): Promise<LicenceList> {
    const who = await this.residents.identityOf(residentId);
    const rows = await this.library.listByHolder(who.idNumber, who.name);
    for (const r of rows) this.seen.set(`${residentId} ${r.licenceId}`, r.typeName);
    return { items: rows.map(({ licenceId, ...rest }): LicenceSummary => ({ id: licenceId, ...rest })) };
  }

  /** The licence if it is this resident's; LICENCE_NOT_FOUND for anyone else's, exactly as for one that does not exist. */
  async own(residentId: string, licenceId: string): Promise<LibraryLicence> {
    await this.residents.requireVerified(residentId);
    const licence = await this.library.get(licenceId);
    if (!licence || !(await this.residents.holdsIdNumber(residentId, licence.holderIdNumber))) {
      this.seen.delete(`${residentId} ${licenceId}`);
      throw new AppError('LICENCE_NOT_FOUND');
    }
    this.seen.set(`${residentId} ${licenceId}`, licence.typeName);
    return licence;
  }

  /** The type name of a licence seen as this resident's in the last minutes (wallet or a read), else undefined. */
  recentlySeenType(residentId: string, licenceId: string): string | undefined {
    return this.seen.get(`${residentId} ${licenceId}`);
  }

  async detail(residentId: string, licenceId: string, reveal: boolean): Promise<LicenceDetail> {
    const licence = await this.own(residentId, licenceId);
    await this.records.logUse({
      id: randomId(),
      residentId,
      licenceId,
      typeName: licence.typeName,
      action: 'read',
      actor: 'self',
      purpose: reveal ? '本人查看完整信息' : '本人查看',
    });
    return toDetail(licence, reveal);
  }

  async uses(residentId: string): Promise<LicenceUseList> {
    const rows = await this.records.uses(residentId, USE_LOG_LIMIT);
    const names = new Map<string, string | undefined>();
    for (const r of rows)
      if (r.actorResidentId && !names.has(r.actorResidentId))
        names.set(r.actorResidentId, await this.residents.maskedNameOf(r.actorResidentId));
    return {
      items: rows.map(({ actorResidentId, ...r }) => {
        const actorNameMasked = actorResidentId ? names.get(actorResidentId) : undefined;
        return actorNameMasked ? { ...r, actorNameMasked } : r;
      }),
    };
  }
}

export function toDetail(l: LibraryLicence, reveal: boolean): LicenceDetail {
  return {
    id: l.licenceId,
    typeCode: l.typeCode,
    typeName: l.typeName,
    numberMasked: reveal ? l.number : maskLicenceNumber(l.number),
    issuer: l.issuer,
    issuedOn: l.issuedOn,
    validUntil: l.validUntil,
    status: l.status,
    holderNameMasked: maskName(l.holderName),
    fields: maskedFields(l.surface, l.holderName, reveal),
    verified: l.sealValid,
    seal: l.seal,
  };
}
