import {
  applyDecorators,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTING_FOR_HEADER } from '@zsb/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, switchMap } from 'rxjs';
import type { SignedIn } from '../auth/session.service';
import { DELEGABLE, type DelegableSpec } from '../common/acting';
import { AppError } from '../common/errors';
import { allows } from './mandate-rules';
import { MandatesRepository } from './mandates.repository';
import { ResidentService } from '../auth/resident.service';

type ActingRequest = FastifyRequest & { signedIn?: SignedIn };
const MANDATE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A helper's request for a principal (the X-Acting-For header names the 委托): let through only while the 委托 is in
 * force, is the caller's, covers what the route does and the matter it names, and (for an agent) the helper is
 * still an agent of its center. The request then goes on as the principal's. Every miss is the same 404, so a
 * helper learns nothing about a 委托 that is not theirs or no longer in force. Runs after AuthGuard.
 */
@Injectable()
export class ActingGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly repo: MandatesRepository,
    private readonly residents: ResidentService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ActingRequest>();
    const header = request.headers[ACTING_FOR_HEADER];
    if (header === undefined) return true;
    const spec = this.reflector.get<DelegableSpec | undefined>(DELEGABLE, context.getHandler());
    const me = request.signedIn;
    if (!spec || !me || typeof header !== 'string' || !MANDATE_ID.test(header)) throw new AppError('MANDATE_NOT_FOUND');
    const m = await this.repo.find(header);
    if (!m || m.helper_id !== me.residentId) throw new AppError('MANDATE_NOT_FOUND');
    const terms = { level: m.level, matters: m.matters, expiresAt: m.expires_at, revokedAt: m.revoked_at };
    const matterCode = matterOf(request, spec);
    if (!allows(terms, { level: spec.level, ...(matterCode !== undefined ? { matterCode } : {}) }, new Date()))
      throw new AppError('MANDATE_NOT_FOUND');
    if (m.center_id && !(await this.repo.isAgentOf(me.residentId, m.center_id)))
      throw new AppError('MANDATE_NOT_FOUND');
    request.signedIn = {
      residentId: m.principal_id,
      familyId: me.familyId,
      actingFor: {
        mandateId: m.id,
        kind: m.kind,
        helperId: m.helper_id,
        helperName: (await this.residents.maskedNameOf(m.helper_id)) ?? '代办人',
        matterCodes: m.matters.map((x) => x.code),
        licenceTypeCodes: m.licence_types.map((x) => x.code),
      },
    };
    return true;
  }
}

/** The matter a route names in its path or body, when the spec says where; a malformed one is left to validation. */
function matterOf(request: ActingRequest, spec: DelegableSpec): string | undefined {
  if (!spec.matterFrom) return undefined;
  const source = (spec.matterFrom.in === 'params' ? request.params : request.body) as Record<string, unknown> | null;
  const value = source && typeof source === 'object' ? source[spec.matterFrom.key] : undefined;
  // Missing or not text: the route's validation refuses it before anything is done; nothing to match here.
  return typeof value === 'string' ? value : value === undefined ? undefined : '';
}

/** 代办记录: after a route done under a 委托 succeeds, one line for the principal to read. */
@Injectable()
export class ActingRecordInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly repo: MandatesRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<DelegableSpec | undefined>(DELEGABLE, context.getHandler());
    const acting = context.switchToHttp().getRequest<ActingRequest>().signedIn;
    if (!spec?.record || !acting?.actingFor) return next.handle();
    const { mandateId } = acting.actingFor;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const line = (result: unknown) => ({
      mandateId,
      principalId: acting.residentId,
      action: spec.record ?? '',
      ...subjectOf(result),
    });
    return next.handle().pipe(
      switchMap(async (result: unknown) => {
        // A replay (the same Idempotency-Key) is answered with another status: its line was written the first time.
        if (spec.recordOnStatus === undefined || reply.statusCode === spec.recordOnStatus)
          await this.repo.record(line(result));
        return result;
      }),
    );
  }
}

function subjectOf(result: unknown): { matterName: string | null; subjectId: string | null } {
  // What a delegable route answers names its thing: an application or booking (id, matterName), a rating
  // (id, subject.title), a hand-over (applicationId, matterName).
  const r = (result ?? {}) as {
    id?: unknown;
    applicationId?: unknown;
    matterName?: unknown;
    subject?: { title?: unknown };
  };
  const name = typeof r.matterName === 'string' ? r.matterName : r.subject?.title;
  const id = typeof r.id === 'string' ? r.id : r.applicationId;
  return { matterName: typeof name === 'string' ? name : null, subjectId: typeof id === 'string' ? id : null };
}

/**
 * The route may be called by a helper under a 委托 (X-Acting-For): what it needs of the 委托, where its matter is,
 * and the 代办记录 line it writes. Routes without it refuse the header (auth.guard.ts).
 */
export const Delegable = (spec: DelegableSpec): MethodDecorator =>
  applyDecorators(SetMetadata(DELEGABLE, spec), UseGuards(ActingGuard), UseInterceptors(ActingRecordInterceptor));
