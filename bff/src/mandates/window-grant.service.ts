import { Injectable } from '@nestjs/common';
import type { Mandate, MandateWindowRequest } from '@zsb/contracts';
import { StaffRepository } from '../auth/staff.repository';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { UploadsService } from '../uploads/uploads.service';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { InPersonGrants } from './in-person-grants';
import { hashOf, MandatesService } from './mandates.service';

/**
 * 委托 at a window, for someone who cannot receive an SMS: staff compare the ID card original with the person and
 * check it with the identity service, the helper shows their 代办码, and the signed paper 委托书 is photographed.
 * The staff member, their center and the photos are the proof kept with it.
 */
@Injectable()
export class WindowGrantService {
  constructor(
    private readonly mandates: MandatesService,
    private readonly inPerson: InPersonGrants,
    private readonly staff: StaffRepository,
    private readonly uploads: UploadsService,
    private readonly identity: IdentityUpstream,
  ) {}

  async grant(staffId: string, request: MandateWindowRequest, idempotencyKey: string | undefined): Promise<Mandate> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    if (!centers.includes(request.centerId))
      throw new AppError('STAFF_ONLY', '您不是这个中心的工作人员，请选择您所在的中心');
    const claim = await this.inPerson.claim(request.principalName, request.principalIdNumber);
    const grantKey = `window:${staffId}:${idempotencyKey ?? randomId()}`;
    const requestHash = hashOf({ ...request, principalIdNumber: claim.idNumberHash, principalName: undefined });
    const first = await this.inPerson.firstAnswer(claim, grantKey, requestHash);
    if (first) return this.mandates.view(first, first.helper_id);
    const invite = await this.mandates.openInvite(request.inviteToken);
    const scope = this.mandates.resolve(request);
    await this.uploads.ownedUploads(staffId, request.paperUploadIds);
    // The card in hand is checked against the registry: a typo must not name someone who does not exist.
    if (!(await this.identity.verify(claim.name, claim.idNumber)).match)
      throw new AppError('IDENTITY_MISMATCH', '姓名和身份证号码对不上，请对照身份证原件逐字核对');
    const row = await this.inPerson.record(claim, request.principalPhone, {
      invite,
      scope,
      how: {
        grantedVia: 'window',
        proof: { staffId, centerId: request.centerId, paper: request.paperUploadIds.join(',') },
        grantKey,
        requestHash,
      },
      alsoInTransaction: (tx, made) => this.uploads.markAttached(request.paperUploadIds, made.id, tx),
    });
    return this.mandates.view(row, row.helper_id);
  }
}
