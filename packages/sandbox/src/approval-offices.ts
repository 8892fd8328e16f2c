import { loadDivisions } from './seed/data';
import type { ApprovalStatus, Delivery, SupplementItem } from './approval-wire';
import type { Task } from './wire';

// Who handles an application and what each step says, in the words a county hall uses.

const CITY = '安阳市';
const CITY_TAX = '国家税务总局安阳市税务局';

let countyPrefixes: Map<string, string> | undefined;

/** 6-digit county code → the prefix of its bureaus: 滑县, 林州市, 安阳市文峰区 (districts carry the city). */
function prefixes(): Map<string, string> {
  if (!countyPrefixes) {
    const divisions = loadDivisions();
    countyPrefixes = new Map(
      divisions.counties
        .filter((c) => c.kind !== '功能区') // 高新区 keeps no household register and has no bureaus of its own
        .map((c) => [c.code, c.kind === '市辖区' ? `${divisions.city.name}${c.name}` : c.name]),
    );
  }
  return countyPrefixes;
}

/**
 * The department that handles the matter for this applicant. The catalog names the city's bureau of the line
 * (安阳市民政局, CONTRACT.md) and says the applicant's own county handles it, so it becomes the bureau of the
 * applicant's home county (林州市民政局, 安阳市文峰区民政局), or stays the city's for someone registered outside Anyang.
 */
export function departmentFor(task: Task, idNumber: string): string {
  const county = prefixes().get(idNumber.slice(0, 6));
  if (!county) return task.dept_name;
  if (task.dept_name === CITY_TAX) return `国家税务总局${county}税务局`;
  if (task.dept_name.startsWith(CITY)) return `${county}${task.dept_name.slice(CITY.length)}`;
  return task.dept_name;
}

export interface StepWording {
  office: string;
  note: string;
}

export interface StepContext {
  department: string;
  promisedDays: number;
  delivery: Delivery | null;
  /** For NEED_SUPPLEMENT. */
  items?: readonly SupplementItem[];
  /** For REJECTED. */
  reason?: string;
  /** For DELIVERED: the EMS waybill. */
  waybill?: string;
  /** PRE_REVIEW after the resident answered a supplement request. */
  afterSupplement?: boolean;
}

export function wordingOf(status: ApprovalStatus, c: StepContext): StepWording {
  const window = `${c.department}（窗口）`;
  switch (status) {
    case 'SUBMITTED':
      return { office: `${c.department}（网上办事大厅）`, note: '申请已提交，等待窗口预审。' };
    case 'PRE_REVIEW':
      return {
        office: window,
        note: c.afterSupplement ? '已收到补正材料，窗口重新预审。' : '窗口已接件，正在预审申请材料。',
      };
    case 'ACCEPTED':
      return {
        office: window,
        note:
          c.promisedDays > 0
            ? `申请材料齐全、符合法定形式，予以受理，承诺${c.promisedDays}个工作日内办结。`
            : '申请材料齐全、符合法定形式，予以受理，即来即办。',
      };
    case 'NEED_SUPPLEMENT':
      return {
        office: window,
        note: `申请材料需补齐补正：${(c.items ?? []).map((i) => i.label).join('、')}。请按要求补正后重新提交。`,
      };
    case 'REJECTED':
      return { office: window, note: `不予受理：${c.reason ?? '不符合受理条件'}` };
    case 'IN_REVIEW':
      return { office: `${c.department}（业务股室）`, note: '业务股室正在审查申请材料。' };
    case 'DECIDED':
      return { office: `${c.department}（审批股室）`, note: '经审查，申请符合规定条件，已作出准予办理的决定。' };
    case 'COMPLETED':
      return {
        office: window,
        note:
          c.delivery?.method === 'mail'
            ? '已办结，办理结果将通过中国邮政EMS寄递。'
            : '已办结，请携带本人身份证原件到窗口领取办理结果。',
      };
    case 'DELIVERED':
      return { office: `${c.department}（寄递服务）`, note: `办理结果已由中国邮政EMS送达，运单号${c.waybill ?? ''}。` };
  }
}
