import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type {
  Mandate,
  MandateActionList,
  MandateGrantRequest,
  MandateInvite,
  MandateInviteInfo,
  MandateInviteRequest,
  MandateKind,
  MandateList,
  MandateScope,
  IdentitySmsCodeSent,
} from '@zsb/contracts';
import { maskPhone } from '@zsb/domain';
import { PhoneProof } from '../auth/identity/phone-proof';
import { ResidentService } from '../auth/resident.service';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import { AppError } from '../common/errors';
import { KeyValueStore } from '../common/kv-store';
import { randomId, randomToken } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { expiryOf, grantProblem, licenceTypesFor, scopeSummary } from './mandate-rules';
import { actionView, mandateView } from './mandate-views';
import { MandatesRepository, type MandateRow, type NewMandate } from './mandates.repository';

const INVITE_TTL_SEC = 600;

/** The helper's QR, as the BFF keeps it: who asks, as what. */
export interface Invite {
  helperId: string;
  kind: MandateKind;
  centerId: string | null;
}

/** What a 委托 will be, checked and named, before anyone agrees to it. */
export interface ResolvedScope {
  level: MandateScope['level'];
  matters: { code: string; name: string }[];
  licenceTypes: { code: string; name: string }[];
  days: number;
}

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * 委托 granted on the principal's own phone (scanning the helper's QR, confirming with a code to their phone on file),
 * listed, revoked and read back with what was done under them. The read-back path for principals without a
 * smartphone is in readback.service.ts.
 */
@Injectable()
export class MandatesService {
  private readonly logger = new Logger('MandatesService');

  constructor(
    private readonly repo: MandatesRepository,
    private readonly residents: ResidentService,
    private readonly proof: PhoneProof,
    private readonly kv: KeyValueStore,
    private readonly catalog: CatalogService,
    private readonly directory: CenterDirectory,
  ) {}

  /** The helper's QR: any number of principals may scan it within ten minutes. */
  async invite(helperId: string, request: MandateInviteRequest): Promise<MandateInvite> {
    await this.residents.requireVerified(helperId);
    const centerId = await this.helperCenter(helperId, request.as, request.centerId);
    const token = randomToken();
    await this.kv.setJson(
      this.inviteKey(token),
      { helperId, kind: request.as, centerId } satisfies Invite,
      INVITE_TTL_SEC,
    );
    return { token, path: `features/mandates/grant/index?invite=${token}`, expiresInSec: INVITE_TTL_SEC };
  }

  /** Who the QR belongs to, for the principal to check before agreeing. */
  async lookupInvite(principalId: string, token: string): Promise<MandateInviteInfo> {
    const invite = await this.openInvite(token);
    if (invite.helperId === principalId)
      throw new AppError(
        'MANDATE_NOT_ALLOWED',
        grantProblem({ kind: invite.kind, principalId, helperId: invite.helperId, otherFamilyHelpers: 0 }) ?? undefined,
      );
    return {
      kind: invite.kind,
      helperName: (await this.residents.maskedNameOf(invite.helperId)) ?? '',
      centerName: invite.centerId ? this.directory.get(invite.centerId).name : null,
    };
  }

  /** A code to the principal's phone on file, naming who asks. */
  async sendGrantCode(principalId: string, token: string): Promise<IdentitySmsCodeSent> {
    const invite = await this.openInvite(token);
    const principal = await this.residents.applicantOf(principalId);
    const helper = (await this.residents.maskedNameOf(invite.helperId)) ?? '';
    return this.proof.send('mandate', principalId, principal.phone, { helper, scope: '您选定的事项' });
  }

  /** The principal agrees on their own phone. The same Idempotency-Key answers the first grant. */
  async grant(principalId: string, request: MandateGrantRequest, idempotencyKey: string | undefined): Promise<Mandate> {
    const requestHash = hashOf({ ...request, code: undefined });
    if (idempotencyKey) {
      const first = await this.repo.byGrantKey(principalId, `key:${idempotencyKey}`);
      if (first) {
        if (first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return this.view(first, principalId);
      }
    }
    const invite = await this.openInvite(request.inviteToken);
    const scope = this.resolve(request);
    const principal = await this.residents.applicantOf(principalId);
    await this.proof.check('mandate', principalId, principal.phone, request.code);
    const { row } = await this.repo.inTransaction((tx) =>
      this.repo.insert(
        this.newMandate(
          { principalId, invite, scope },
          {
            grantedVia: 'principal-sms',
            proof: { phone: maskPhone(principal.phone) },
            grantKey: `key:${idempotencyKey ?? randomId()}`,
            requestHash,
          },
        ),
        tx,
        (others) => this.refuseIfNotAllowed(invite.kind, principalId, invite.helperId, others),
      ),
    );
    await this.proof.consume('mandate', principalId);
    return this.view(row, principalId);
  }

  async list(residentId: string): Promise<MandateList> {
    const [rows, centers] = await Promise.all([this.repo.involving(residentId), this.repo.agentCenters(residentId)]);
    const views = await Promise.all(rows.map((r) => this.view(r, residentId)));
    return {
      granted: views.filter((v) => v.role === 'principal'),
      held: views.filter((v) => v.role === 'helper'),
      agentCenters: centers.map((id) => ({ id, name: this.directory.current().byId(id)?.name ?? id })),
    };
  }

  async get(residentId: string, id: string): Promise<Mandate> {
    return this.view(await this.mine(residentId, id), residentId);
  }

  /** Either side ends it, at once on every instance (the acting guard reads the row on each request). */
  async revoke(residentId: string, id: string): Promise<Mandate> {
    const row = await this.mine(residentId, id);
    const by = row.principal_id === residentId ? 'principal' : 'helper';
    const ended = await this.repo.revoke(id, by);
    if (!ended) throw new AppError('MANDATE_NOT_ACTIVE');
    this.logger.log(`mandate ${id} revoked by the ${by}`);
    return this.view(ended, residentId);
  }

  /** 代办记录: what the helper did under it, newest first. */
  async actions(residentId: string, id: string): Promise<MandateActionList> {
    const row = await this.mine(residentId, id);
    const helperName = (await this.residents.maskedNameOf(row.helper_id)) ?? '';
    return { items: (await this.repo.actionsOf(id)).map((a) => actionView(a, helperName)) };
  }

  /** The matters and licence types asked for, named from the catalog; unknown ones refused. */
  resolve(scope: MandateScope): ResolvedScope {
    const snapshot = this.catalog.snapshot();
    const matters = [...new Set(scope.matterCodes)].map((code) => {
      const m = snapshot.matter(code);
      if (!m) throw new AppError('MATTER_NOT_FOUND');
      return m;
    });
    const types = licenceTypesFor(matters, scope.licenceTypeCodes);
    if ('unknown' in types)
      throw new AppError('VALIDATION_FAILED', '选择的证照不是这些事项要用的，请重新选择', [
        { field: 'licenceTypeCodes', message: '选择的证照不是这些事项要用的' },
      ]);
    return {
      level: scope.level,
      matters: matters.map((m) => ({ code: m.code, name: m.name })),
      licenceTypes: types.types,
      days: scope.days,
    };
  }

  /** The center an agent acts for (they must be its agent); none for family. */
  async helperCenter(helperId: string, kind: MandateKind, centerId: string | undefined): Promise<string | null> {
    if (kind === 'family') return null;
    if (!centerId || !(await this.repo.isAgentOf(helperId, centerId)))
      throw new AppError('MANDATE_NOT_ALLOWED', '您不是这个中心或代办点的帮办代办员；以亲友身份代办请选“亲友”');
    return centerId;
  }

  newMandate(
    who: { principalId: string; invite: Invite; scope: ResolvedScope },
    how: Pick<NewMandate, 'grantedVia' | 'proof' | 'grantKey' | 'requestHash'>,
  ): NewMandate {
    return {
      id: randomId(),
      principalId: who.principalId,
      helperId: who.invite.helperId,
      kind: who.invite.kind,
      centerId: who.invite.centerId,
      level: who.scope.level,
      matters: who.scope.matters,
      licenceTypes: who.scope.licenceTypes,
      expiresAt: expiryOf(new Date(), who.scope.days),
      ...how,
    };
  }

  refuseIfNotAllowed(kind: MandateKind, principalId: string, helperId: string, otherFamilyHelpers: number): void {
    const problem = grantProblem({ kind, principalId, helperId, otherFamilyHelpers });
    if (problem) throw new AppError('MANDATE_NOT_ALLOWED', problem);
  }

  async view(row: MandateRow, reader: string): Promise<Mandate> {
    const [principalName, helperName] = await Promise.all([
      this.residents.maskedNameOf(row.principal_id),
      this.residents.maskedNameOf(row.helper_id),
    ]);
    const centerName = row.center_id ? (this.directory.current().byId(row.center_id)?.name ?? null) : null;
    return mandateView(
      row,
      { principalName: principalName ?? '', helperName: helperName ?? '', centerName },
      reader,
      new Date(),
    );
  }

  /** The notice to the principal's phone that a 委托 is in force (after the read-back path, where they have no app). */
  async notifyGranted(row: MandateRow, phone: string): Promise<void> {
    const helper = (await this.residents.maskedNameOf(row.helper_id)) ?? '代办人';
    const until = toShanghaiIso(row.expires_at).slice(0, 10);
    await this.proof
      .notify(phone, 'MANDATE_GRANTED', { helper, scope: scopeSummary(row.matters.map((m) => m.name)), until })
      .catch((e: unknown) =>
        this.logger.warn(`mandate ${row.id}: the granted notice was not sent: ${(e as Error).message}`),
      );
  }

  /** The principal of a 委托 (for features that read as the principal under it). */
  async principalOf(id: string): Promise<string> {
    const row = await this.repo.find(id);
    if (!row) throw new AppError('MANDATE_NOT_FOUND');
    return row.principal_id;
  }

  private async mine(residentId: string, id: string): Promise<MandateRow> {
    const row = await this.repo.find(id);
    if (!row || (row.principal_id !== residentId && row.helper_id !== residentId))
      throw new AppError('MANDATE_NOT_FOUND');
    return row;
  }

  async openInvite(token: string): Promise<Invite> {
    const invite = await this.kv.getJson<Invite>(this.inviteKey(token));
    if (!invite) throw new AppError('MANDATE_INVITE_INVALID');
    return invite;
  }

  private inviteKey(token: string): string {
    return `mandate-invite:${createHash('sha256').update(token).digest('base64url')}`;
  }
}
