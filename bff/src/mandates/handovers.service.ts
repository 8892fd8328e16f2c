import { Injectable } from '@nestjs/common';
import type { Handover, HandoverRequest, IdentitySmsCodeSent } from '@zsb/contracts';
import { maskName } from '@zsb/domain';
import { PhoneProof } from '../auth/identity/phone-proof';
import { ResidentService } from '../auth/resident.service';
import { ApplicationsService } from '../applications/applications.service';
import { type ActingFor, requireInScope } from '../common/acting';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { UploadsService } from '../uploads/uploads.service';
import { HandoversRepository, type HandoverRow } from './handovers.repository';

// A result exists to hand over once the platform has decided (a licence, a certificate, a written decision).
const RESULT_READY = new Set(['decided', 'completed', 'delivered', 'rejected']);
const SELF = '委托人本人';

/**
 * 交付: the helper who did a matter for a principal hands them its result, and says so with proof — a code the
 * principal reads back from their own phone, or a photo of the receipt signed by whoever received it.
 */
@Injectable()
export class HandoversService {
  constructor(
    private readonly repo: HandoversRepository,
    private readonly applications: ApplicationsService,
    private readonly residents: ResidentService,
    private readonly proof: PhoneProof,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
  ) {}

  async sendCode(principalId: string, applicationId: string, actingFor: ActingFor): Promise<IdentitySmsCodeSent> {
    const app = await this.ready(principalId, applicationId, actingFor);
    const { phone } = await this.residents.applicantOf(principalId);
    return this.proof.send('handover', `${actingFor.mandateId}:${applicationId}`, phone, {
      helper: actingFor.helperName,
      matter: Array.from(app.matterName).slice(0, 20).join(''),
    });
  }

  async record(
    principalId: string,
    applicationId: string,
    request: HandoverRequest,
    actingFor: ActingFor,
  ): Promise<Handover> {
    const app = await this.ready(principalId, applicationId, actingFor);
    const owner = `${actingFor.mandateId}:${applicationId}`;
    if (request.method === 'code') {
      const { phone } = await this.residents.applicantOf(principalId);
      await this.proof.check('handover', owner, phone, request.code);
    } else {
      await this.uploads.ownedUploads(principalId, request.uploadIds);
    }
    const receiver = request.method === 'code' ? SELF : request.receiverName.trim();
    const made = await this.repo.create(
      {
        id: randomId(),
        application_id: applicationId,
        principal_id: principalId,
        mandate_id: actingFor.mandateId,
        method: request.method,
        receiver_enc: this.cipher.encrypt(receiver),
        relation: request.method === 'code' ? null : request.relation.trim(),
        upload_ids: request.method === 'code' ? [] : request.uploadIds,
      },
      async (tx) => {
        if (request.method === 'signature')
          await this.uploads.markAttached(request.uploadIds, `handover-${applicationId}`, tx);
      },
    );
    if (!made) throw new AppError('HANDOVER_NOT_OPEN');
    if (request.method === 'code') await this.proof.consume('handover', owner);
    return this.view(made, { helperName: actingFor.helperName, matterName: app.matterName });
  }

  /** The principal's own application within the 委托, with a result and not yet handed over. */
  private async ready(principalId: string, applicationId: string, actingFor: ActingFor) {
    const app = await this.applications.get(principalId, applicationId);
    requireInScope(actingFor, app.matterCode, 'APPLICATION_NOT_FOUND');
    if (!RESULT_READY.has(app.status) || (await this.repo.of(applicationId))) throw new AppError('HANDOVER_NOT_OPEN');
    return app;
  }

  private view(row: HandoverRow, names: { helperName: string; matterName: string }): Handover {
    const receiver = this.cipher.decrypt(row.receiver_enc);
    return {
      applicationId: row.application_id,
      matterName: names.matterName,
      method: row.method,
      receiver: receiver === SELF ? SELF : `${maskName(receiver)}（${row.relation ?? ''}）`,
      helperName: names.helperName,
      at: toShanghaiIso(row.created_at),
    };
  }
}
