import type {
  ApplicationDetail,
  ApplicationSummary,
  Delivery,
  MaterialAnswer,
  SupplementItem,
  TimelineStep,
} from '@zsb/contracts';
import { addWorkingDays, todayInShanghai, type WorkingCalendar } from '@zsb/domain';
import { toShanghaiIso } from '../common/time';
import { STATUS_LABEL } from './application-status';
import type { ApplicationRow, EventRow } from './applications.repository';

/** 承诺办结: promised working days from acceptance (from submission while not yet accepted); 即办件 the same day. */
export function promisedBy(row: ApplicationRow, calendar: WorkingCalendar): string | null {
  if (row.status === 'rejected') return null;
  const from = todayInShanghai((row.accepted_at ?? row.submitted_at).getTime());
  return row.promised_days > 0 ? addWorkingDays(from, row.promised_days, calendar) : from;
}

export function toSummary(row: ApplicationRow, calendar: WorkingCalendar): ApplicationSummary {
  const status = row.status as ApplicationSummary['status'];
  return {
    id: row.id,
    matterCode: row.matter_code,
    matterName: row.matter_name,
    status,
    statusLabel: STATUS_LABEL[status],
    number: row.number,
    submittedAt: toShanghaiIso(row.submitted_at),
    updatedAt: toShanghaiIso(row.updated_at),
    promisedBy: promisedBy(row, calendar),
    actionNeeded: status === 'supplement',
    themeId: row.theme_id,
  };
}

/** Our 已提交 first, then the platform's steps in their order (its SUBMITTED reads 平台已接件). */
export function timeline(row: ApplicationRow, events: EventRow[]): TimelineStep[] {
  const first: TimelineStep = {
    status: 'submitted',
    label: '已提交',
    at: toShanghaiIso(row.submitted_at),
    office: null,
    note: row.number ? null : '正在报送省政务服务平台，成功后生成办件编号',
  };
  return [
    first,
    ...events.map((e) => {
      const status = e.status as TimelineStep['status'];
      return {
        status,
        label: status === 'submitted' ? '平台已接件' : STATUS_LABEL[status],
        at: toShanghaiIso(e.at),
        office: e.office,
        note: e.note,
      };
    }),
  ];
}

export function toDetail(
  row: ApplicationRow,
  events: EventRow[],
  calendar: WorkingCalendar,
  extra: {
    delivery: Delivery | null;
    materialNames: Map<string, string>;
    supplement: { id: string; items: SupplementItem[]; requestedAt: Date; answeredAt: Date | null } | null;
  },
): ApplicationDetail {
  const answers = row.materials as Record<string, MaterialAnswer>;
  return {
    ...toSummary(row, calendar),
    queryCode: row.query_code,
    timeline: timeline(row, events),
    supplement: extra.supplement
      ? {
          id: extra.supplement.id,
          items: extra.supplement.items,
          requestedAt: toShanghaiIso(extra.supplement.requestedAt),
          answeredAt: extra.supplement.answeredAt ? toShanghaiIso(extra.supplement.answeredAt) : null,
        }
      : null,
    delivery: extra.delivery,
    materials: [...extra.materialNames].map(([key, name]) => ({
      key,
      name,
      answer: answers[key] ? (answers[key].kind === 'licence' ? 'licence' : 'upload') : 'none',
    })),
  };
}
