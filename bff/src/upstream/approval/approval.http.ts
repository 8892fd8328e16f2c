import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { materialWire, submissionWire, toApprovalEvent } from './approval.mapper';
import {
  ApprovalPlatform,
  type ApprovalMaterial,
  type ApprovalReceipt,
  type ApprovalRecord,
  type ApprovalSubmission,
} from './approval.port';
import { receiptWire, recordWire } from './approval.wire';

// Materials travel inline (base64), so a submission may be tens of megabytes.
const MAX_BODY = 64 * 1024 * 1024;

@Injectable()
export class ApprovalPlatformHttp extends ApprovalPlatform {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp('approval', baseUrlOf(config.upstream, config.upstream.approvalUrl), config.upstream);
  }

  // A submission carries its idempotency key, so retrying it is safe: the platform answers the first receipt.
  async submit(submission: ApprovalSubmission, idempotencyKey: string): Promise<ApprovalReceipt> {
    const answer = await this.http.send('read', {
      method: 'POST',
      url: '/approval/v1/applications',
      data: submissionWire(submission),
      headers: { 'idempotency-key': idempotencyKey },
      maxBodyLength: MAX_BODY,
      maxContentLength: MAX_BODY,
    });
    if (answer.status === 422 || answer.status === 400)
      throw new UpstreamError(
        'approval',
        'refused',
        `submission refused: HTTP ${answer.status} ${JSON.stringify(answer.data).slice(0, 300)}`,
      );
    const r = this.http.unwrap(answer, receiptWire, '/approval/v1/applications');
    return { applicationNo: r.application_no, queryCode: r.query_code, acceptedAt: new Date(r.accepted_at) };
  }

  async get(applicationNo: string): Promise<ApprovalRecord> {
    const r = await this.http.envelope(
      'read',
      { method: 'GET', url: `/approval/v1/applications/${encodeURIComponent(applicationNo)}` },
      recordWire,
    );
    return { applicationNo: r.application_no, status: r.status, events: r.events.map(toApprovalEvent) };
  }

  async supplement(
    applicationNo: string,
    answer: { requestId: string; form: Record<string, string>; materials: ApprovalMaterial[] },
    idempotencyKey: string,
  ): Promise<void> {
    await this.http.envelope(
      'read',
      {
        method: 'POST',
        url: `/approval/v1/applications/${encodeURIComponent(applicationNo)}/supplements`,
        data: { request_id: answer.requestId, form: answer.form, materials: answer.materials.map(materialWire) },
        headers: { 'idempotency-key': idempotencyKey },
        maxBodyLength: MAX_BODY,
      },
      z.unknown(),
    );
  }
}
