import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import {
  EvaluationSystem,
  type EvaluationCaseEvent,
  type EvaluationPhoto,
  type EvaluationRating,
  type EvaluationRecord,
  type EvaluationSubmission,
  type OfficeAction,
} from './evaluation.port';
import { caseEventWire, evaluationWire } from './evaluation.wire';

// Up to three photos travel inline (base64).
const MAX_BODY = 24 * 1024 * 1024;

@Injectable()
export class EvaluationSystemHttp extends EvaluationSystem {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp(
      'evaluation',
      baseUrlOf(config.upstream, config.upstream.evaluationUrl),
      config.upstream,
    );
  }

  // Every write carries its idempotency key, so a retry after an unknown outcome is safe.
  submit(s: EvaluationSubmission, key: string): Promise<EvaluationRecord> {
    const object =
      s.object.type === 'affair'
        ? {
            type: 'affair',
            application_no: s.object.applicationNo,
            matter_code: s.object.matterCode,
            matter_name: s.object.matterName,
            office: s.object.office,
          }
        : {
            type: 'window',
            center_id: s.object.centerId,
            center_name: s.object.centerName,
            window: s.object.window,
            booking_ref: s.object.bookingRef,
          };
    return this.post('/evaluation/v1/evaluations', key, {
      channel: s.channel,
      object,
      evaluator: { name: s.evaluator.name, id_number: s.evaluator.idNumber, phone: s.evaluator.phone },
      agent: s.agent,
      indicator_set: s.indicatorSet,
      ...ratingWire(s),
    });
  }

  async get(id: string): Promise<EvaluationRecord> {
    const r = await this.http.envelope(
      'read',
      { method: 'GET', url: `/evaluation/v1/evaluations/${encodeURIComponent(id)}` },
      evaluationWire,
    );
    return toRecord(r);
  }

  revise(id: string, rating: EvaluationRating, key: string): Promise<EvaluationRecord> {
    return this.post(`/evaluation/v1/evaluations/${encodeURIComponent(id)}/revisions`, key, ratingWire(rating));
  }

  answer(id: string, answer: { satisfied: boolean; note: string }, key: string): Promise<EvaluationRecord> {
    return this.post(`/evaluation/v1/evaluations/${encodeURIComponent(id)}/case/answer`, key, answer);
  }

  act(id: string, action: OfficeAction, key: string): Promise<EvaluationRecord> {
    return this.post(`/evaluation/v1/evaluations/${encodeURIComponent(id)}/case/actions`, key, action);
  }

  /** A 4xx is the system refusing the request as it stands (bad body, wrong state, once only): not worth a retry. */
  private async post(url: string, key: string, data: unknown): Promise<EvaluationRecord> {
    const answer = await this.http.send('read', {
      method: 'POST',
      url,
      data,
      headers: { 'idempotency-key': key },
      maxBodyLength: MAX_BODY,
    });
    if (answer.status >= 400 && answer.status < 500)
      throw new UpstreamError(
        'evaluation',
        'refused',
        `${url}: HTTP ${answer.status} ${JSON.stringify(answer.data).slice(0, 300)}`,
      );
    return toRecord(this.http.unwrap(answer, evaluationWire, url));
  }
}

function ratingWire(r: EvaluationRating) {
  return {
    level: r.level,
    indicators: r.indicators,
    bad_reasons: r.badReasons,
    content: r.content,
    photos: r.photos.map((p: EvaluationPhoto) => ({
      file_name: p.fileName,
      content_type: p.contentType,
      sha256: p.sha256,
      size: p.size,
      content_base64: p.content.toString('base64'),
    })),
  };
}

export function toCaseEvent(e: z.infer<typeof caseEventWire>): EvaluationCaseEvent {
  return {
    eventId: e.event_id,
    seq: e.seq,
    kind: e.kind,
    state: e.state,
    at: new Date(e.at),
    actor: e.actor,
    note: e.note,
  };
}

function toRecord(r: z.infer<typeof evaluationWire>): EvaluationRecord {
  return {
    evaluationId: r.evaluation_id,
    level: r.level,
    case: r.case && {
      caseNo: r.case.case_no,
      state: r.case.state,
      openedAt: new Date(r.case.opened_at),
      reopened: r.case.reopened,
      answer: r.case.answer && { satisfied: r.case.answer.satisfied },
      events: r.case.events.map(toCaseEvent),
    },
  };
}
