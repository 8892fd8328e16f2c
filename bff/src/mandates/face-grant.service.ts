import { Injectable } from '@nestjs/common';
import type { Mandate, MandateFaceRequest } from '@zsb/contracts';
import { ResidentService } from '../auth/resident.service';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { InPersonGrants } from './in-person-grants';
import { hashOf, MandatesService } from './mandates.service';

/**
 * 亲情账号: a family member binds a principal with the principal's own face, checked on the family member's phone
 * (the principal is there, in person). The identity service says whose face passed; it must be the named person.
 */
@Injectable()
export class FaceGrantService {
  constructor(
    private readonly mandates: MandatesService,
    private readonly inPerson: InPersonGrants,
    private readonly residents: ResidentService,
    private readonly identity: IdentityUpstream,
  ) {}

  async grant(helperId: string, request: MandateFaceRequest, idempotencyKey: string | undefined): Promise<Mandate> {
    await this.residents.requireVerified(helperId);
    const claim = await this.inPerson.claim(request.principalName, request.principalIdNumber);
    const grantKey = `face:${helperId}:${idempotencyKey ?? randomId()}`;
    const requestHash = hashOf({ ...request, verifyResult: undefined, principalIdNumber: claim.idNumberHash });
    const first = await this.inPerson.firstAnswer(claim, grantKey, requestHash);
    if (first) return this.mandates.view(first, helperId);
    const scope = this.mandates.resolve(request);
    const face = await this.identity.identifyFace(request.verifyResult);
    if (!face?.passed || face.name !== claim.name || face.idNumber !== claim.idNumber)
      throw new AppError('MANDATE_FACE_NOT_PASSED');
    const row = await this.inPerson.record(claim, request.principalPhone, {
      invite: { helperId, kind: 'family', centerId: null },
      scope,
      how: { grantedVia: 'face', proof: { face: 'passed', at: toShanghaiIso(new Date()) }, grantKey, requestHash },
    });
    return this.mandates.view(row, helperId);
  }
}
