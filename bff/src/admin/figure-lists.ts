import type { FigureList, IndicatorKey, TargetKey } from '@zsb/contracts';
import { toShanghaiIso } from '../common/time';
import type { CatalogCenter } from '../model/catalog.types';
import { floorOf, meetsFloor, placeFact } from './dashboard-rules';
import type { AgentRow, BadReviewRow, BookingFactRow, FeedbackRow, SettledRow, VisitRow } from './dashboard.repository';

// The list behind each dashboard figure: what an operator opens to see which center, which 办件, which question.
// Rows name places, matters and numbers, never a resident.

export const LIST_LIMIT = 500;

export interface ListFacts {
  places: CatalogCenter[];
  settled: SettledRow[];
  visits: VisitRow[];
  bookings: BookingFactRow[];
  feedback: FeedbackRow[];
  badReviews: BadReviewRow[];
  agentWork: AgentRow[];
  rated: ReadonlySet<string>;
  mobileMatters: { code: string; name: string; department: string; onlineDepth: number }[];
  today: string;
  placeName: (id: string) => string;
}

type Rows = Record<string, string | number | null>[];
type Columns = { key: string; title: string }[];

const cols = (...pairs: [string, string][]): Columns => pairs.map(([key, title]) => ({ key, title }));
const time = (d: Date | null) => (d ? toShanghaiIso(d).slice(0, 16).replace('T', ' ') : null);
const day = (d: Date) => toShanghaiIso(d).slice(0, 10);
const STATUS = { confirmed: '待到场', checked_in: '已签到', cancelled: '已取消', no_show: '爽约' } as const;
const CASE_STATES: Record<string, string> = {
  VERIFYING: '核实中',
  RECTIFYING: '整改中',
  RECTIFIED: '已整改',
  FOLLOWED_UP: '已回访',
  APPEALING: '申诉中',
  INVALID: '申诉成立（不计）',
  UNRECTIFIABLE_REVIEW: '无法整改复核中',
  UNRECTIFIABLE: '无法整改',
  WITHDRAWN: '已撤回',
};
const KINDS = { center: '中心', station: '服务站', 'bank-point': '银行网点', kiosk: '自助终端' } as const;
const LEVELS = { township: '乡镇', street: '街道', village: '村（社区）' } as const;

function services(f: ListFacts): { columns: Columns; rows: Rows } {
  return {
    columns: cols(
      ['kind', '方式'],
      ['number', '办件编号'],
      ['matter', '事项'],
      ['place', '中心'],
      ['submitted', '提交/到场'],
      ['done', '办结'],
      ['sameDay', '当天办结'],
      ['rated', '已评价'],
    ),
    rows: [
      ...f.settled.map((a) => ({
        kind: '网上',
        number: a.number,
        matter: a.matter_name,
        place: f.placeName(a.center_id),
        submitted: time(a.submitted_at),
        done: time(a.done_at),
        sameDay: day(a.submitted_at) === day(a.done_at) ? '是' : '否',
        rated: f.rated.has(a.id) ? '是' : '否',
      })),
      ...f.visits.map((v) => ({
        kind: '窗口',
        number: null,
        matter: v.matter_code,
        place: f.placeName(v.center_id),
        submitted: time(v.at),
        done: null,
        sameDay: null,
        rated: f.rated.has(v.id) ? '是' : '否',
      })),
    ],
  };
}

function lists(figure: TargetKey | IndicatorKey, f: ListFacts): { columns: Columns; rows: Rows } {
  switch (figure) {
    case 'center-matters': {
      const places = f.places.map(placeFact).filter((p) => floorOf(p) !== null);
      return {
        columns: cols(
          ['name', '名称'],
          ['kind', '类型'],
          ['level', '层级'],
          ['township', '乡镇（街道）'],
          ['matters', '事项数'],
          ['floor', '标准'],
          ['met', '达标'],
        ),
        rows: places
          .sort((a, b) => Number(meetsFloor(a)) - Number(meetsFloor(b)) || a.matterCount - b.matterCount)
          .map((p) => ({
            name: p.name,
            kind: KINDS[p.kind],
            level: LEVELS[p.level],
            township: p.township,
            matters: p.matterCount,
            floor: floorOf(p),
            met: meetsFloor(p) ? '是' : '否',
          })),
      };
    }
    case 'mobile-matters':
      return {
        columns: cols(
          ['code', '事项编码'],
          ['name', '事项名称'],
          ['department', '实施部门'],
          ['depth', '网上办理深度'],
        ),
        rows: f.mobileMatters.map((m) => ({
          code: m.code,
          name: m.name,
          department: m.department,
          depth: m.onlineDepth,
        })),
      };
    case 'immediate-share':
    case 'average-visits':
    case 'active-rating':
      return services(f);
    case 'bad-rectified':
      return {
        columns: cols(
          ['caseNo', '差评工单'],
          ['title', '评价对象'],
          ['place', '中心'],
          ['at', '评价时间'],
          ['level', '等级'],
          ['state', '整改情况'],
        ),
        rows: f.badReviews.map((r) => ({
          caseNo: r.case_no,
          title: r.title,
          place: f.placeName(r.center_id),
          at: time(r.created_at),
          level: r.level === 1 ? '非常不满意' : '不满意',
          state: CASE_STATES[r.case_state ?? ''] ?? '待建工单',
        })),
      };
    case 'answered-on-time': {
      const type = { case: '办不成事', consultation: '咨询' } as const;
      return {
        columns: cols(
          ['number', '编号'],
          ['type', '类型'],
          ['place', '承办中心'],
          ['filed', '受理'],
          ['due', '答复期限'],
          ['answered', '答复时间'],
          ['state', '情况'],
        ),
        rows: f.feedback
          .map((x) => ({
            number: x.number,
            type: type[x.type],
            place: f.placeName(x.owner_center_id),
            filed: time(x.created_at),
            due: x.due_on,
            answered: time(x.answered_at),
            state:
              x.answered_at === null
                ? x.due_on < f.today
                  ? '已超期未答复'
                  : '办理中'
                : day(x.answered_at) <= x.due_on
                  ? '按期答复'
                  : '超期答复',
          }))
          .sort((a, b) => (a.state === '已超期未答复' ? -1 : 0) - (b.state === '已超期未答复' ? -1 : 0)),
      };
    }
    case 'kiosk-coverage': {
      const townships = [...new Set(f.places.filter((p) => p.kind === 'center').map((p) => p.township))];
      return {
        columns: cols(['township', '乡镇（街道）'], ['kiosks', '自助终端数'], ['covered', '已覆盖']),
        rows: townships.map((t) => {
          const n = f.places.filter((p) => p.kind === 'kiosk' && p.township === t).length;
          return { township: t, kiosks: n, covered: n > 0 ? '是' : '否' };
        }),
      };
    }
    case 'agent-mandates':
    case 'agent-applications': {
      const what = figure === 'agent-mandates' ? 'granted' : '提交申请';
      return {
        columns: cols(['place', '代办员所在中心（站）'], ['at', '时间'], ['what', '事项']),
        rows: f.agentWork
          .filter((w) => w.what === what)
          .map((w) => ({
            place: f.placeName(w.center_id),
            at: time(w.at),
            what: w.what === 'granted' ? '接受委托' : w.what,
          })),
      };
    }
    case 'bookings':
    case 'booking-utilisation':
    case 'no-show-rate':
      return {
        columns: cols(['place', '中心'], ['startsAt', '预约时间'], ['matter', '事项编码'], ['status', '状态']),
        rows: f.bookings
          .filter((b) => figure !== 'no-show-rate' || b.status === 'no_show' || b.status === 'checked_in')
          .map((b) => ({
            place: f.placeName(b.center_id),
            startsAt: time(b.starts_at),
            matter: b.matter_code,
            status: STATUS[b.status],
          })),
      };
  }
}

/** The columns and (at most 500) rows behind a figure. */
export function figureList(
  figure: TargetKey | IndicatorKey,
  f: ListFacts,
): Pick<FigureList, 'columns' | 'rows' | 'total'> {
  const { columns, rows } = lists(figure, f);
  return { columns, rows: rows.slice(0, LIST_LIMIT), total: rows.length };
}
