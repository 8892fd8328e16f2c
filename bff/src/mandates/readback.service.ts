import { Injectable } from '@nestjs/common';
import type { Mandate, MandateKind, MandateReadbackRequest, MandateReadbackSent } from '@zsb/contracts';
import { maskPhone, parseIdNumber } from '@zsb/domain';
import { PhoneProof } from '../auth/identity/phone-proof';
import { ResidentRepository, type StoredIdentity } from '../auth/resident.repository';
import { ResidentService } from '../auth/resident.service';
import { AppError } from '../common/errors';
import { KeyValueStore } from '../common/kv-store';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { RateLimits } from '../common/rate-limit';
import { retryingUniqueRace } from '../common/unique-race';
import { AppConfig } from '../config/app-config';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { scopeSummary } from './mandate-rules';
import { MandatesRepository } from './mandates.repository';
import { hashOf, MandatesService, type ResolvedScope } from './mandates.service';

// Per ID number, whoever asks: a helper cannot make one person's phone ring with codes, nor try names against a
// number, more than a few times a day (实名认证 has its own budget for the same number).
const PER_PRINCIPAL = {
  name: 'mandate-principal-day',
  points: 5,
  durationSec: 86_400,
  message: '今天为这位委托人申请代办的次数太多了，请明天再试，或一起到便民服务中心窗口办理',
};
// Per helper: an agent serves many people, but not hundreds a day.
const PER_HELPER = {
  name: 'mandate-helper-day',
  points: 60,
  durationSec: 86_400,
  message: '您今天发起的代办申请太多了，请明天再试',
};

/** A read-back request waiting for its code, personal data encrypted. */
interface Pending {
  helperId: string;
  kind: MandateKind;
  centerId: string | null;
  scope: ResolvedScope;
  requestHash: string;
  /** The phone the code went to. */
  phoneEnc: string;
  phoneHash: string;
  /** A verified resident already, or someone new to the app whose 三要素 the identity service confirmed. */
  principalId: string | null;
  identity: StoredIdentity | null;
}

/**
 * 委托 for a principal without a smartphone: the helper beside them enters their name and ID number, a code goes to
 * the phone registered to that person (a basic phone is enough) naming the helper and the matters, and the
 * principal reads it back. Nothing in the first answer tells the helper whether the person was found.
 */
@Injectable()
export class ReadbackService {
  constructor(
    private readonly config: AppConfig,
    private readonly mandates: MandatesService,
    private readonly repo: MandatesRepository,
    private readonly residents: ResidentService,
    private readonly residentRows: ResidentRepository,
    private readonly proof: PhoneProof,
    private readonly kv: KeyValueStore,
    private readonly cipher: PiiCipher,
    private readonly limits: RateLimits,
    private readonly identity: IdentityUpstream,
  ) {}

  async request(helperId: string, request: MandateReadbackRequest): Promise<MandateReadbackSent> {
    await this.residents.requireVerified(helperId);
    const centerId = await this.mandates.helperCenter(helperId, request.as, request.centerId);
    const scope = this.mandates.resolve(request);
    const idNumber = request.principalIdNumber.toUpperCase();
    if (!parseIdNumber(idNumber).ok)
      throw new AppError('ID_NUMBER_INVALID', undefined, [{ field: 'principalIdNumber', message: '身份证号码不正确' }]);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    await this.limits.consume(PER_HELPER, helperId);
    await this.limits.consume(PER_PRINCIPAL, idNumberHash);
    const requestId = randomId();
    const answer = { requestId, expiresInSec: this.config.auth.smsCodeTtlSec };
    const target = await this.principalOf(request, idNumber, idNumberHash);
    if (!target) return answer;
    const pending: Pending = {
      helperId,
      kind: request.as,
      centerId,
      scope,
      requestHash: hashOf({
        ...request,
        principalIdNumber: idNumberHash,
        principalName: undefined,
        principalPhone: undefined,
      }),
      phoneEnc: this.cipher.encrypt(target.phone),
      phoneHash: this.cipher.blindIndex('phone', target.phone),
      principalId: target.principalId,
      identity: target.identity,
    };
    const helper = (await this.residents.maskedNameOf(helperId)) ?? '代办人';
    await this.proof.send('mandate', `readback:${requestId}`, target.phone, {
      helper,
      scope: scopeSummary(scope.matters.map((m) => m.name)),
    });
    await this.kv.setJson(this.pendingKey(requestId), pending, this.config.auth.smsCodeTtlSec);
    return answer;
  }

  /** The code the principal read out: the 委托 is recorded (with the principal's row if they are new) and they are told. */
  async confirm(helperId: string, requestId: string, code: string): Promise<Mandate> {
    const grantKey = `readback:${requestId}`;
    const pending = await this.kv.getJson<Pending>(this.pendingKey(requestId));
    if (!pending || pending.helperId !== helperId) return this.replayOrRefuse(helperId, grantKey);
    const phone = this.cipher.decrypt(pending.phoneEnc);
    await this.proof.check('mandate', grantKey, phone, code);
    const row = await retryingUniqueRace(() =>
      this.residentRows.binding(async (steps) => {
        const principalId = pending.principalId ?? (await this.holderOrNew(steps, pending));
        const { row } = await this.repo.insert(
          this.mandates.newMandate(
            { principalId, invite: { helperId, kind: pending.kind, centerId: pending.centerId }, scope: pending.scope },
            {
              grantedVia: 'readback-sms',
              proof: { phone: maskPhone(phone) },
              grantKey,
              requestHash: pending.requestHash,
            },
          ),
          steps.transaction,
          (others) => this.mandates.refuseIfNotAllowed(pending.kind, principalId, helperId, others),
        );
        return row;
      }),
    );
    await this.proof.consume('mandate', grantKey);
    await this.kv.delete(this.pendingKey(requestId));
    await this.mandates.notifyGranted(row, phone);
    return this.mandates.view(row, helperId);
  }

  /** A confirm sent again after it succeeded (the answer was lost) gets the same 委托; anything else a wrong code. */
  private async replayOrRefuse(helperId: string, grantKey: string): Promise<Mandate> {
    const done = await this.repo.byHelperGrantKey(helperId, grantKey);
    if (done) return this.mandates.view(done, helperId);
    throw new AppError('SMS_CODE_INVALID');
  }

  /**
   * Where the code goes: the phone on file of a verified resident whose name matches; for someone new to the app,
   * the phone given, once the identity service confirms it is registered to that name and ID number. Null (and no
   * code sent) otherwise.
   */
  private async principalOf(
    request: MandateReadbackRequest,
    idNumber: string,
    idNumberHash: string,
  ): Promise<{ phone: string; principalId: string | null; identity: StoredIdentity | null } | null> {
    const holder = await this.residentRows.findByIdNumberHash(idNumberHash);
    if (holder?.verifiedAt && holder.nameEnc && holder.phoneEnc) {
      if (this.cipher.decrypt(holder.nameEnc) !== request.principalName) return null;
      return { phone: this.cipher.decrypt(holder.phoneEnc), principalId: holder.id, identity: null };
    }
    if (holder || !request.principalPhone) return null;
    const check = await this.identity.verifyWithPhone(request.principalName, idNumber, request.principalPhone);
    if (!check.match) return null;
    return {
      phone: request.principalPhone,
      principalId: null,
      identity: {
        nameEnc: this.cipher.encrypt(request.principalName),
        idNumberEnc: this.cipher.encrypt(idNumber),
        idNumberHash,
      },
    };
  }

  /** Someone new when the request was made: verified by now from elsewhere (then only with the same phone), or created. */
  private async holderOrNew(
    steps: Parameters<Parameters<ResidentRepository['binding']>[0]>[0],
    pending: Pending,
  ): Promise<string> {
    if (!pending.identity) throw new AppError('IDENTITY_STEP_EXPIRED');
    const holder = await steps.lockHolder(pending.identity.idNumberHash);
    if (holder) {
      if (holder.phoneHash !== pending.phoneHash) throw new AppError('IDENTITY_STEP_EXPIRED');
      return holder.id;
    }
    return steps.createVerified(pending.identity, { enc: pending.phoneEnc, hash: pending.phoneHash });
  }

  private pendingKey(requestId: string): string {
    return `mandate-readback:${requestId}`;
  }
}
