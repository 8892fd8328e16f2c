import { createHmac, timingSafeEqual } from 'node:crypto';
import { Controller, HttpCode, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors';
import { APPLICATION_BODY_LIMIT, BodyLimit } from '../common/request-body';
import { AppConfig } from '../config/app-config';
import { toApprovalEvent } from '../upstream/approval/approval.mapper';
import { callbackWire } from '../upstream/approval/approval.wire';
import { ApprovalPlatform } from '../upstream/approval/approval.port';
import { ApplicationEvents } from './application-events';
import { ApplicationsRepository } from './applications.repository';

/**
 * Status callbacks from the approval platform: `x-approval-signature` = hex HMAC-SHA256(secret, timestamp + "." +
 * the exact body bytes), `x-approval-timestamp` within callbackMaxSkewSec. Not for the mini-program, so not in
 * the public API document.
 */
@ApiExcludeController()
@Controller('api/v1/callbacks')
export class CallbacksController {
  constructor(
    private readonly config: AppConfig,
    private readonly repo: ApplicationsRepository,
    private readonly events: ApplicationEvents,
    private readonly approval: ApprovalPlatform,
  ) {}

  @Post('approval')
  // A step may carry the platform's 补正 items with their reasons: more than the small default.
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @HttpCode(200)
  async approvalStatus(@Req() request: RawBodyRequest<FastifyRequest>): Promise<{ ok: true; new: boolean }> {
    this.verify(request);
    const parsed = callbackWire.safeParse(request.body);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', '回调内容不正确');
    const app = await this.repo.byNumber(parsed.data.application_no);
    // Before our outbox has stored the number the platform may already call back: 404 makes it retry, and the
    // poll fallback catches up in any case.
    if (!app) throw new AppError('APPLICATION_NOT_FOUND');
    const known = await this.repo.events(app.id);
    const added = await this.events.apply(app.id, [toApprovalEvent(parsed.data)]);
    // A step arrived ahead of one we never saw: fetch the whole record to fill the gap.
    const maxSeq = known.reduce((m, e) => Math.max(m, e.seq), 0);
    if (parsed.data.seq > maxSeq + 1) {
      await this.approval
        .get(app.number ?? parsed.data.application_no)
        .then((record) => this.events.apply(app.id, record.events))
        .catch(() => undefined);
    }
    return { ok: true, new: added.length > 0 };
  }

  private verify(request: RawBodyRequest<FastifyRequest>): void {
    const timestamp = String(request.headers['x-approval-timestamp'] ?? '');
    const signature = String(request.headers['x-approval-signature'] ?? '');
    const raw = request.rawBody;
    const skewMs = this.config.applications.callbackMaxSkewSec * 1000;
    if (!raw || !/^\d{10,16}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature) || Math.abs(Date.now() - Number(timestamp)) > skewMs) {
      throw new AppError('CALLBACK_SIGNATURE_INVALID');
    }
    const expected = createHmac('sha256', this.config.applications.callbackSecret).update(`${timestamp}.`).update(raw).digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) throw new AppError('CALLBACK_SIGNATURE_INVALID');
  }
}
