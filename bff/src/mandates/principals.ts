import { Injectable } from '@nestjs/common';
import { type BindingSteps, ResidentRepository } from '../auth/resident.repository';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';

export interface PrincipalClaim {
  name: string;
  idNumber: string;
  idNumberHash: string;
  /** For someone new to the app: the phone registered to them, already checked (checkedNewPhone). */
  newPhone: string | null;
}

/**
 * The principal of a 委托 proven in person (at a window, by face) rather than by a code to their phone: a verified
 * resident whose name matches, or someone new whose phone the identity service confirms is registered to them,
 * made a verified resident with it inside the grant's transaction.
 */
@Injectable()
export class PrincipalIdentities {
  constructor(
    private readonly residentRows: ResidentRepository,
    private readonly cipher: PiiCipher,
    private readonly identity: IdentityUpstream,
  ) {}

  /** No code is sent (they cannot read one): 三要素 is the check. */
  async checkedNewPhone(name: string, idNumber: string, phone: string | undefined): Promise<string> {
    if (!phone)
      throw new AppError('VALIDATION_FAILED', '委托人还没有用过掌上办，请填写登记在其本人名下的手机号', [
        { field: 'principalPhone', message: '请填写委托人本人名下的手机号' },
      ]);
    const check = await this.identity.verifyWithPhone(name, idNumber, phone);
    if (!check.match) throw new AppError('IDENTITY_PHONE_NOT_REGISTERED', '这个手机号不是登记在委托人名下的，请核对');
    return phone;
  }

  /** Inside the grant's binding: the principal's row (locked), or a new verified one. */
  async inBinding(steps: BindingSteps, who: PrincipalClaim): Promise<{ id: string; phoneEnc: string | null }> {
    const holder = await steps.lockHolder(who.idNumberHash);
    if (holder) {
      const row = await this.residentRows.find(holder.id);
      if (row?.nameEnc && this.cipher.decrypt(row.nameEnc) !== who.name)
        throw new AppError('IDENTITY_MISMATCH', '姓名和身份证号码对不上，请对照身份证原件逐字核对');
      return { id: holder.id, phoneEnc: holder.phoneEnc };
    }
    if (!who.newPhone) throw new AppError('IDENTITY_STEP_EXPIRED');
    const phoneEnc = this.cipher.encrypt(who.newPhone);
    const id = await steps.createVerified(
      {
        nameEnc: this.cipher.encrypt(who.name),
        idNumberEnc: this.cipher.encrypt(who.idNumber),
        idNumberHash: who.idNumberHash,
      },
      { enc: phoneEnc, hash: this.cipher.blindIndex('phone', who.newPhone) },
    );
    return { id, phoneEnc };
  }
}
