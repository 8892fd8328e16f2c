import { Injectable } from '@nestjs/common';
import type { ResidentProfile } from '@zsb/contracts';
import { ageInYears, maskIdNumber, maskName, maskPhone, parseIdNumber, todayInShanghai } from '@zsb/domain';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { toShanghaiIso } from '../common/time';
import type { ProvincialIdentity } from '../upstream/identity/identity-oauth.port';
import { ResidentRepository } from './resident.repository';
import { SessionRepository } from './session.repository';

const ELDER_AGE = 60;

/** The resident's profile as the app sees it: personal data decrypted only to be masked. */
@Injectable()
export class ResidentService {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly sessions: SessionRepository,
    private readonly cipher: PiiCipher,
  ) {}

  /** Name and ID number of a verified resident, decrypted for a call to an upstream that needs them. */
  async identityOf(residentId: string): Promise<{ name: string; idNumber: string }> {
    const row = await this.residents.find(residentId);
    if (!row?.verifiedAt || !row.nameEnc || !row.idNumberEnc) throw new AppError('IDENTITY_REQUIRED');
    return { name: this.cipher.decrypt(row.nameEnc), idNumber: this.cipher.decrypt(row.idNumberEnc) };
  }

  /** Name, ID number and verified phone of a verified resident, decrypted for an application to the platform. */
  async applicantOf(residentId: string): Promise<{ name: string; idNumber: string; phone: string }> {
    const row = await this.residents.find(residentId);
    if (!row?.verifiedAt || !row.nameEnc || !row.idNumberEnc || !row.phoneEnc) throw new AppError('IDENTITY_REQUIRED');
    return {
      name: this.cipher.decrypt(row.nameEnc),
      idNumber: this.cipher.decrypt(row.idNumberEnc),
      phone: this.cipher.decrypt(row.phoneEnc),
    };
  }

  /** Whether `idNumber` is this verified resident's own, told by its keyed hash: nothing is decrypted. */
  async holdsIdNumber(residentId: string, idNumber: string): Promise<boolean> {
    const row = await this.residents.find(residentId);
    if (!row?.verifiedAt || !row.idNumberHash) throw new AppError('IDENTITY_REQUIRED');
    return row.idNumberHash === this.cipher.blindIndex('id-number', idNumber);
  }

  /** The home county (the ID number's first six digits, e.g. 410581 林州市) of a verified resident; null otherwise. */
  async countyCodeOf(residentId: string): Promise<string | null> {
    const row = await this.residents.find(residentId);
    return row?.verifiedAt && row.idNumberEnc ? this.cipher.decrypt(row.idNumberEnc).slice(0, 6) : null;
  }

  /** Refuses with IDENTITY_REQUIRED unless the resident has completed 实名认证 (bookings are always real-name). */
  async requireVerified(residentId: string): Promise<void> {
    const row = await this.residents.find(residentId);
    if (!row?.verifiedAt) throw new AppError('IDENTITY_REQUIRED');
  }

  /** The masked name of a resident, for showing who did something (a verifier in the use log). */
  async maskedNameOf(residentId: string): Promise<string | undefined> {
    const row = await this.residents.find(residentId);
    return row?.nameEnc ? maskName(this.cipher.decrypt(row.nameEnc)) : undefined;
  }

  /** What the provincial identity service verified of one of this resident's sign-ins (H5), decrypted. */
  async signInIdentityOf(residentId: string): Promise<ProvincialIdentity | null> {
    const enc = await this.sessions.signInIdentityOf(residentId);
    return enc ? (JSON.parse(this.cipher.decrypt(enc)) as ProvincialIdentity) : null;
  }

  async profile(residentId: string): Promise<ResidentProfile> {
    const row = await this.residents.find(residentId);
    if (!row) throw new AppError('AUTH_TOKEN_INVALID');
    const profile: ResidentProfile = {
      id: row.id,
      verified: row.verifiedAt !== null,
      signInMethods: await this.sessions.signInMethods(residentId),
    };
    if (!row.verifiedAt) {
      const given = await this.signInIdentityOf(residentId);
      if (given)
        profile.signInIdentity = {
          nameMasked: maskName(given.name),
          idNumberMasked: maskIdNumber(given.idNumber),
          phoneMasked: maskPhone(given.phone),
        };
    }
    if (row.verifiedAt && row.nameEnc && row.idNumberEnc && row.phoneEnc) {
      const idNumber = this.cipher.decrypt(row.idNumberEnc);
      const parsed = parseIdNumber(idNumber);
      profile.nameMasked = maskName(this.cipher.decrypt(row.nameEnc));
      profile.idNumberMasked = maskIdNumber(idNumber);
      profile.phoneMasked = maskPhone(this.cipher.decrypt(row.phoneEnc));
      profile.verifiedAt = toShanghaiIso(row.verifiedAt);
      if (parsed.ok) profile.elder = ageInYears(parsed.birthDate, todayInShanghai()) >= ELDER_AGE;
    }
    return profile;
  }
}
