import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { parseIdNumber } from '@zsb/domain';
import { type BindingSteps, ResidentRepository } from '../auth/resident.repository';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { retryingUniqueRace } from '../common/unique-race';
import type { Database } from '../database/database.types';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { MandatesRepository, type MandateRow, type NewMandate } from './mandates.repository';
import { type Invite, MandatesService, type ResolvedScope } from './mandates.service';

/** The principal as typed from their ID card, and whether they are a resident already. */
export interface InPersonClaim {
  name: string;
  idNumber: string;
  idNumberHash: string;
  known: boolean;
}

export interface InPersonGrant {
  invite: Invite;
  scope: ResolvedScope;
  how: Pick<NewMandate, 'grantedVia' | 'proof' | 'grantKey' | 'requestHash'>;
  /** What must land with a new 委托 (the 委托书's photos at a window). */
  alsoInTransaction?: (tx: Transaction<Database>, row: MandateRow) => Promise<void>;
}

/**
 * The steps the 委托 proven in person share (at a window, by face) rather than by a code to the principal's phone:
 * who the principal is, a retry answered with the first 委托, and recording it with the principal — a verified
 * resident whose name matches, or someone new whose phone the identity service confirms is registered to them
 * (no code: they cannot read one), made a verified resident with it inside the grant's transaction.
 */
@Injectable()
export class InPersonGrants {
  constructor(
    private readonly residentRows: ResidentRepository,
    private readonly cipher: PiiCipher,
    private readonly identity: IdentityUpstream,
    private readonly mandates: MandatesService,
    private readonly repo: MandatesRepository,
  ) {}

  async claim(principalName: string, principalIdNumber: string): Promise<InPersonClaim> {
    const idNumber = principalIdNumber.trim().toUpperCase();
    if (!parseIdNumber(idNumber).ok)
      throw new AppError('ID_NUMBER_INVALID', undefined, [{ field: 'principalIdNumber', message: '身份证号码不正确' }]);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    const known = (await this.residentRows.findByIdNumberHash(idNumberHash)) !== null;
    return { name: principalName.trim(), idNumber, idNumberHash, known };
  }

  /** The 委托 a request with this grant key already made (a retry answers it), or null; another body is refused. */
  async firstAnswer(claim: InPersonClaim, grantKey: string, requestHash: string): Promise<MandateRow | null> {
    if (!claim.known) return null;
    const holder = await this.residentRows.findByIdNumberHash(claim.idNumberHash);
    const first = holder ? await this.repo.byGrantKey(holder.id, grantKey) : null;
    if (first && first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return first;
  }

  /** Records the 委托 with its principal (made a resident when new) and tells them by SMS. */
  async record(claim: InPersonClaim, principalPhone: string | undefined, grant: InPersonGrant): Promise<MandateRow> {
    const newPhone = claim.known ? null : await this.checkedNewPhone(claim, principalPhone);
    const { row, phone } = await retryingUniqueRace(() =>
      this.residentRows.binding(async (steps) => {
        const principal = await this.principalIn(steps, claim, newPhone);
        const made = await this.repo.insert(
          this.mandates.newMandate({ principalId: principal.id, invite: grant.invite, scope: grant.scope }, grant.how),
          steps.transaction,
          (others) => this.mandates.refuseIfNotAllowed(grant.invite.kind, principal.id, grant.invite.helperId, others),
        );
        if (!made.replayed && grant.alsoInTransaction) await grant.alsoInTransaction(steps.transaction, made.row);
        return { row: made.row, phone: principal.phoneEnc };
      }),
    );
    if (phone) await this.mandates.notifyGranted(row, this.cipher.decrypt(phone));
    return row;
  }

  private async checkedNewPhone(claim: InPersonClaim, phone: string | undefined): Promise<string> {
    if (!phone)
      throw new AppError('VALIDATION_FAILED', '委托人还没有用过掌上办，请填写登记在其本人名下的手机号', [
        { field: 'principalPhone', message: '请填写委托人本人名下的手机号' },
      ]);
    const check = await this.identity.verifyWithPhone(claim.name, claim.idNumber, phone);
    if (!check.match) throw new AppError('IDENTITY_PHONE_NOT_REGISTERED', '这个手机号不是登记在委托人名下的，请核对');
    return phone;
  }

  /** Inside the grant's binding: the principal's row (locked), or a new verified one. */
  private async principalIn(
    steps: BindingSteps,
    claim: InPersonClaim,
    newPhone: string | null,
  ): Promise<{ id: string; phoneEnc: string | null }> {
    const holder = await steps.lockHolder(claim.idNumberHash);
    if (holder) {
      const row = await this.residentRows.find(holder.id);
      if (row?.nameEnc && this.cipher.decrypt(row.nameEnc) !== claim.name)
        throw new AppError('IDENTITY_MISMATCH', '姓名和身份证号码对不上，请对照身份证原件逐字核对');
      return { id: holder.id, phoneEnc: holder.phoneEnc };
    }
    if (!newPhone) throw new AppError('IDENTITY_STEP_EXPIRED');
    const phoneEnc = this.cipher.encrypt(newPhone);
    const id = await steps.createVerified(
      {
        nameEnc: this.cipher.encrypt(claim.name),
        idNumberEnc: this.cipher.encrypt(claim.idNumber),
        idNumberHash: claim.idNumberHash,
      },
      { enc: phoneEnc, hash: this.cipher.blindIndex('phone', newPhone) },
    );
    return { id, phoneEnc };
  }
}
