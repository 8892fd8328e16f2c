import type { HomeVisit } from '@zsb/contracts';
import { HOME_VISIT_REASONS, HOME_VISIT_STATE_LABELS } from '@zsb/domain';
import { toShanghaiIso } from '../common/time';
import type { HomeVisitRow } from './home-visits.repository';

export interface HomeVisitViewContext {
  centerName: string;
  note: string;
  address: string;
  askedBy: string | null;
}

export function toHomeVisit(row: HomeVisitRow, ctx: HomeVisitViewContext): HomeVisit {
  return {
    id: row.id,
    number: row.number,
    matterCode: row.matter_code,
    matterName: row.matter_name,
    centerId: row.center_id,
    centerName: ctx.centerName,
    reason: row.reason,
    reasonLabel: HOME_VISIT_REASONS.find((r) => r.code === row.reason)?.label ?? '其他原因',
    note: ctx.note,
    address: ctx.address,
    state: row.state,
    stateLabel: HOME_VISIT_STATE_LABELS[row.state],
    scheduledAt: row.scheduled_at ? toShanghaiIso(row.scheduled_at) : null,
    answer: row.answer,
    requestedAt: toShanghaiIso(row.created_at),
    askedBy: ctx.askedBy,
  };
}
