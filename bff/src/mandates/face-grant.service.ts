import { Injectable } from '@nestjs/common';
import type { Mandate, MandateFaceRequest } from '@zsb/contracts';
import { parseIdNumber } from '@zsb/domain';
import { ResidentRepository } from '../auth/resident.repository';
import { ResidentService } from '../auth/resident.service';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { retryingUniqueRace } from '../common/unique-race';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { MandatesRepository } from './mandates.repository';
import { hashOf, MandatesService } from './mandates.service';
import { PrincipalIdentities } from './principals';

/**
 * 亲情账号: a family member binds a principal with the principal's own face, checked on the family member's phone
 * (the principal is there, in person). The identity service says whose face passed; it must be the named person.
 */
@Injectable()
export class FaceGrantService {
  constructor(
    private readonly mandates: MandatesService,
    private readonly repo: MandatesRepository,
    private readonly residents: ResidentService,
    private readonly residentRows: ResidentRepository,
    private readonly principals: PrincipalIdentities,
    private readonly cipher: PiiCipher,
    private readonly identity: IdentityUpstream,
  ) {}

  async grant(helperId: string, request: MandateFaceRequest, idempotencyKey: string | undefined): Promise<Mandate> {
    await this.residents.requireVerified(helperId);
    const name = request.principalName.trim();
    const idNumber = request.principalIdNumber.trim().toUpperCase();
    if (!parseIdNumber(idNumber).ok)
      throw new AppError('ID_NUMBER_INVALID', undefined, [{ field: 'principalIdNumber', message: '身份证号码不正确' }]);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    const grantKey = `face:${helperId}:${idempotencyKey ?? randomId()}`;
    const requestHash = hashOf({ ...request, verifyResult: undefined, principalIdNumber: idNumberHash });
    const holder = await this.residentRows.findByIdNumberHash(idNumberHash);
    if (holder) {
      const first = await this.repo.byGrantKey(holder.id, grantKey);
      if (first) {
        if (first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return this.mandates.view(first, helperId);
      }
    }
    const scope = this.mandates.resolve(request);
    const face = await this.identity.identifyFace(request.verifyResult);
    if (!face?.passed || face.name !== name || face.idNumber !== idNumber)
      throw new AppError('MANDATE_FACE_NOT_PASSED');
    const newPhone = holder ? null : await this.principals.checkedNewPhone(name, idNumber, request.principalPhone);
    const { row, phone } = await retryingUniqueRace(() =>
      this.residentRows.binding(async (steps) => {
        const principal = await this.principals.inBinding(steps, { name, idNumber, idNumberHash, newPhone });
        const made = await this.repo.insert(
          this.mandates.newMandate(
            { principalId: principal.id, invite: { helperId, kind: 'family', centerId: null }, scope },
            { grantedVia: 'face', proof: { face: 'passed', at: toShanghaiIso(new Date()) }, grantKey, requestHash },
          ),
          steps.transaction,
          (others) => this.mandates.refuseIfNotAllowed('family', principal.id, helperId, others),
        );
        return { row: made.row, phone: principal.phoneEnc };
      }),
    );
    if (phone) await this.mandates.notifyGranted(row, this.cipher.decrypt(phone));
    return this.mandates.view(row, helperId);
  }
}
