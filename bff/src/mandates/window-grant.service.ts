import { Injectable } from '@nestjs/common';
import type { Mandate, MandateWindowRequest } from '@zsb/contracts';
import { parseIdNumber } from '@zsb/domain';
import { ResidentRepository } from '../auth/resident.repository';
import { StaffRepository } from '../auth/staff.repository';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { retryingUniqueRace } from '../common/unique-race';
import { UploadsService } from '../uploads/uploads.service';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { MandatesRepository } from './mandates.repository';
import { hashOf, MandatesService } from './mandates.service';
import { PrincipalIdentities } from './principals';

/**
 * 委托 at a window, for someone who cannot receive an SMS: staff compare the ID card original with the person and
 * check it with the identity service, the helper shows their 代办码, and the signed paper 委托书 is photographed.
 * The staff member, their center and the photos are the proof kept with it.
 */
@Injectable()
export class WindowGrantService {
  constructor(
    private readonly mandates: MandatesService,
    private readonly repo: MandatesRepository,
    private readonly staff: StaffRepository,
    private readonly residentRows: ResidentRepository,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly identity: IdentityUpstream,
    private readonly principals: PrincipalIdentities,
  ) {}

  async grant(staffId: string, request: MandateWindowRequest, idempotencyKey: string | undefined): Promise<Mandate> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    if (!centers.includes(request.centerId))
      throw new AppError('STAFF_ONLY', '您不是这个中心的工作人员，请选择您所在的中心');
    const name = request.principalName.trim();
    const idNumber = request.principalIdNumber.trim().toUpperCase();
    if (!parseIdNumber(idNumber).ok)
      throw new AppError('ID_NUMBER_INVALID', undefined, [{ field: 'principalIdNumber', message: '身份证号码不正确' }]);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    const grantKey = `window:${staffId}:${idempotencyKey ?? hashOf([request, Date.now()])}`;
    const requestHash = hashOf({ ...request, principalIdNumber: idNumberHash, principalName: undefined });
    const holder = await this.residentRows.findByIdNumberHash(idNumberHash);
    if (holder) {
      const first = await this.repo.byGrantKey(holder.id, grantKey);
      if (first) {
        if (first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return this.mandates.view(first, first.helper_id);
      }
    }
    const invite = await this.mandates.openInvite(request.inviteToken);
    const scope = this.mandates.resolve(request);
    await this.uploads.ownedUploads(staffId, request.paperUploadIds);
    // The card in hand is checked against the registry: a typo must not name someone who does not exist.
    if (!(await this.identity.verify(name, idNumber)).match)
      throw new AppError('IDENTITY_MISMATCH', '姓名和身份证号码对不上，请对照身份证原件逐字核对');
    const newPhone = holder ? null : await this.principals.checkedNewPhone(name, idNumber, request.principalPhone);
    const { row, phone } = await retryingUniqueRace(() =>
      this.residentRows.binding(async (steps) => {
        const principal = await this.principals.inBinding(steps, { name, idNumber, idNumberHash, newPhone });
        const made = await this.repo.insert(
          this.mandates.newMandate(
            { principalId: principal.id, invite, scope },
            {
              grantedVia: 'window',
              proof: { staffId, centerId: request.centerId, paper: request.paperUploadIds.join(',') },
              grantKey,
              requestHash,
            },
          ),
          steps.transaction,
          (others) => this.mandates.refuseIfNotAllowed(invite.kind, principal.id, invite.helperId, others),
        );
        if (!made.replayed) await this.uploads.markAttached(request.paperUploadIds, made.row.id, steps.transaction);
        return { row: made.row, phone: principal.phoneEnc };
      }),
    );
    if (phone) await this.mandates.notifyGranted(row, this.cipher.decrypt(phone));
    return this.mandates.view(row, row.helper_id);
  }
}
