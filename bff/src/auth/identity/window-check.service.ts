import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  IdentitySmsCodeSent,
  IdentityWindowCode,
  WindowIdentityCheck,
  WindowIdentityCheckRequest,
} from '@zsb/contracts';
import { maskIdNumber, maskName, maskPhone, parseIdNumber } from '@zsb/domain';
import { AppError } from '../../common/errors';
import { KeyValueStore } from '../../common/kv-store';
import { PiiCipher } from '../../common/pii-cipher';
import { toShanghaiIso } from '../../common/time';
import { IdentityService as IdentityUpstream } from '../../upstream/identity/identity-service.port';
import { ResidentRepository } from '../resident.repository';
import { SessionService } from '../session.service';
import { StaffRepository } from '../staff.repository';
import { PhoneProof } from './phone-proof';
import { CONSENT_VERSION, RealNameService } from './real-name.service';

const CODE_TTL_SEC = 900;
const codeKey = (code: string): string => `identity-window:${createHash('sha256').update(code).digest('base64url')}`;

/**
 * 到窗口核验: for whoever cannot prove a phone on their own (the phone on file is gone, or the phone they use is
 * in a child's name). The resident shows a one-time code from their app; window staff compare the ID card original
 * with the person, type name and ID number from it, and prove the phone to keep on file with a code the person
 * reads out. The staff member and their center are recorded with every change.
 */
@Injectable()
export class WindowCheckService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly cipher: PiiCipher,
    private readonly proof: PhoneProof,
    private readonly upstream: IdentityUpstream,
    private readonly residents: ResidentRepository,
    private readonly staff: StaffRepository,
    private readonly sessions: SessionService,
    private readonly realName: RealNameService,
  ) {}

  async issueCode(residentId: string): Promise<IdentityWindowCode> {
    const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
    await this.kv.setJson(codeKey(code), { residentId }, CODE_TTL_SEC);
    return { code, expiresAt: toShanghaiIso(new Date(Date.now() + CODE_TTL_SEC * 1000)) };
  }

  async sendPhoneCode(staffId: string, phone: string): Promise<IdentitySmsCodeSent> {
    await this.requireStaff(staffId);
    return this.proof.send('window', staffId, phone);
  }

  async check(staffId: string, request: WindowIdentityCheckRequest): Promise<WindowIdentityCheck> {
    const centers = await this.requireStaff(staffId);
    if (!centers.includes(request.centerId))
      throw new AppError('STAFF_ONLY', '您不是这个中心的工作人员，请选择您所在的中心');
    const target = await this.kv.getJson<{ residentId: string }>(codeKey(request.windowCode));
    if (!target) throw new AppError('WINDOW_CODE_INVALID');
    const name = request.name.trim();
    const idNumber = request.idNumber.trim().toUpperCase();
    if (!parseIdNumber(idNumber).ok) throw new AppError('ID_NUMBER_INVALID');
    // The card in hand is checked against the registry too: a typo must not create a resident nobody is.
    if (!(await this.upstream.verify(name, idNumber)).match)
      throw new AppError('IDENTITY_MISMATCH', '姓名和身份证号码对不上，请对照身份证原件逐字核对');
    await this.proof.check('window', staffId, request.phone, request.smsCode);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    const phone = { enc: this.cipher.encrypt(request.phone), hash: this.cipher.blindIndex('phone', request.phone) };
    const recorded = { proof: 'window' as const, staffResidentId: staffId, centerId: request.centerId };

    const result = await this.residents.binding(async (steps) => {
      const caller = await steps.lockResident(target.residentId);
      if (caller?.idNumberHash && caller.idNumberHash !== idNumberHash)
        throw new AppError(
          'IDENTITY_ALREADY_VERIFIED',
          '群众这个账号已实名为另一个人，不能改为此身份证；请让群众用本人的账号重新获取核验码',
        );
      const holder = await steps.lockHolder(idNumberHash);
      const residentId = holder?.id ?? target.residentId;
      const phoneChanged = holder !== null && holder.phoneHash !== phone.hash;
      if (!holder) {
        await steps.setIdentity(
          target.residentId,
          { nameEnc: this.cipher.encrypt(name), idNumberEnc: this.cipher.encrypt(idNumber), idNumberHash },
          CONSENT_VERSION,
        );
        await steps.setPhone(target.residentId, phone);
        await steps.recordEvent({ residentId, kind: 'verified', ...recorded });
      } else {
        if (phoneChanged) {
          await steps.setPhone(holder.id, phone);
          await steps.recordEvent({ residentId, kind: 'phone-changed', ...recorded });
        }
        if (holder.id !== target.residentId) {
          await steps.moveSignIns(target.residentId, holder.id);
          await steps.recordEvent({ residentId, kind: 'joined', ...recorded });
        }
      }
      const outcome: WindowIdentityCheck['outcome'] = !holder
        ? 'bound'
        : holder.id !== target.residentId
          ? 'joined'
          : 'unchanged';
      return { outcome, phoneChanged, oldPhoneEnc: phoneChanged ? holder.phoneEnc : null };
    });
    await this.proof.consume('window', staffId);
    await this.kv.delete(codeKey(request.windowCode));
    // The sign-in now leads to the resident who held the ID number: its old sessions end and the app signs in again.
    if (result.outcome === 'joined') await this.sessions.revokeAllOf(target.residentId, 'merged');
    if (result.oldPhoneEnc)
      await this.realName.noticePhoneChanged(
        this.cipher.decrypt(result.oldPhoneEnc),
        request.phone,
        '在便民服务中心窗口',
      );
    return {
      outcome: result.outcome,
      phoneChanged: result.phoneChanged,
      nameMasked: maskName(name),
      idNumberMasked: maskIdNumber(idNumber),
      phoneMasked: maskPhone(request.phone),
    };
  }

  private async requireStaff(staffId: string): Promise<string[]> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY', '只有便民服务中心的工作人员可以做窗口核验');
    return centers;
  }
}
