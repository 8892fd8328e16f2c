import type { WindowIdentityCheck } from '@zsb/contracts';
import { idNumberProblem, nameProblem, phoneProblem, smsCodeProblem } from '@/lib/identityChecks';

// 窗口核验身份 on the clerk's side: the resident's window code, what the clerk types from the ID card, the phone to
// keep on file with the code the resident reads out, and the answer in words to read across the counter.

export interface WindowCheckForm {
  centerId: string;
  windowCode: string;
  name: string;
  idNumber: string;
  phone: string;
  smsCode: string;
  idCardChecked: boolean;
}

export type WindowCheckField = keyof WindowCheckForm;
export type WindowCheckProblems = Partial<Record<WindowCheckField, string>>;

export const EMPTY_WINDOW_CHECK: WindowCheckForm = {
  centerId: '',
  windowCode: '',
  name: '',
  idNumber: '',
  phone: '',
  smsCode: '',
  idCardChecked: false,
};

const WHERE = '请群众打开“掌上办 › 我的 › 实名认证”，点“到窗口核验”出示核验码';
const CHECK_IN_CODE = /^[A-Za-z0-9_-]{20,64}$/;

export type WindowCodeReading = { code: string } | { problem: string };

/** The 8-digit code as scanned from the resident's QR or typed from their screen (spaces are how it is shown). */
export function readWindowCode(text: string): WindowCodeReading {
  const t = text.replace(/\s+/g, '');
  if (/^\d{8}$/.test(t)) return { code: t };
  if (t === '') return { problem: `请输入群众手机上的 8 位核验码。${WHERE}` };
  if (CHECK_IN_CODE.test(t) && !/^\d+$/.test(t)) return { problem: `这是预约签到码，不是核验码。${WHERE}` };
  return { problem: `核验码是 8 位数字。${WHERE}` };
}

/** What to fix before sending; nothing is sent while any is left. */
export function checkWindowForm(form: WindowCheckForm): WindowCheckProblems {
  const problems: WindowCheckProblems = {
    centerId: form.centerId ? undefined : '请选择您所在的中心',
    windowCode: /^\d{8}$/.test(form.windowCode) ? undefined : '请先输入群众出示的核验码',
    name: nameProblem(form.name),
    idNumber: idNumberProblem(form.idNumber),
    phone: phoneProblem(form.phone),
    smsCode: smsCodeProblem(form.smsCode),
    idCardChecked: form.idCardChecked ? undefined : '请当面核对身份证原件与本人后，再勾选这一项',
  };
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v !== undefined)) as WindowCheckProblems;
}

export interface OutcomeText {
  verdict: string;
  explanation: string;
  /** Only when the phone on file changed (the row shows it anyway). */
  phone: string | null;
  rows: { label: string; value: string; hook: string }[];
}

const VERDICT: Record<WindowIdentityCheck['outcome'], { verdict: string; explanation: string }> = {
  bound: { verdict: '✓ 实名认证完成', explanation: '群众的这个账号已实名，手机上会自动显示认证成功。' },
  joined: {
    verdict: '✓ 已并入原有实名账户',
    explanation:
      '这个身份证号以前已在掌上办实名，群众的这个账号已并入原账户。微信、支付宝里会自动更新；用网页的，要重新登录一次。',
  },
  unchanged: { verdict: '✓ 身份一致', explanation: '群众的这个账号原来就是这个身份，无需变更。' },
};

/** The answer as the clerk reads it out: what happened, the phone now on file, and the masked identity. */
export function outcomeText(r: WindowIdentityCheck): OutcomeText {
  return {
    ...VERDICT[r.outcome],
    phone: r.phoneChanged ? `预留手机号已换成 ${r.phoneMasked}，原号码会收到短信告知。` : null,
    rows: [
      { label: '姓名（已脱敏）', value: r.nameMasked, hook: 'e2e-idcheck-result-name' },
      { label: '身份证号', value: r.idNumberMasked, hook: 'e2e-idcheck-result-number' },
      { label: '手机号', value: r.phoneMasked, hook: 'e2e-idcheck-result-phone' },
    ],
  };
}

export interface WindowRefusal {
  /** The server's own words. */
  message: string;
  /** What to do at the counter now. */
  hint: string;
  problems: WindowCheckProblems;
  /** The window code is used up or unknown: ask the resident for a new one. */
  clearWindowCode: boolean;
  /** No answer: nothing was done, the same request may be sent again. */
  again: boolean;
  /** The clerk's own sign-in is the problem. */
  account: boolean;
}

/** The parts of an ApiError read here. */
export interface RefusalFacts {
  code: string;
  message: string;
  noAnswer: boolean;
  details?: { field: string; message: string }[];
}

const FIELDS = new Set<string>(Object.keys(EMPTY_WINDOW_CHECK));
const ACCOUNT = new Set(['AUTH_REQUIRED', 'AUTH_TOKEN_INVALID', 'REFRESH_TOKEN_INVALID']);

/** A refused window check (or code to the phone): the server's message, the counter's next step, the fields to look at. */
export function windowRefusal(e: RefusalFacts): WindowRefusal {
  const r: WindowRefusal = {
    message: e.message,
    hint: '',
    problems: {},
    clearWindowCode: false,
    again: false,
    account: false,
  };
  if (e.noAnswer && e.code !== 'RATE_LIMITED')
    return { ...r, again: true, hint: '核验还没有完成，请检查网络后点“再试一次”' };
  if (ACCOUNT.has(e.code)) return { ...r, account: true, hint: '您的登录已失效，请到“我的”重新登录' };
  switch (e.code) {
    case 'WINDOW_CODE_INVALID':
      return {
        ...r,
        clearWindowCode: true,
        problems: { windowCode: '请输入新的核验码' },
        hint: '请群众在“到窗口核验”页面点“获取新的核验码”，再输入新的',
      };
    case 'SMS_CODE_INVALID':
      return { ...r, problems: { smsCode: e.message }, hint: '请群众再看一下短信，或点“重新获取”再发一次' };
    case 'ID_NUMBER_INVALID':
      return { ...r, problems: { idNumber: e.message }, hint: '请对照身份证原件逐位核对' };
    case 'IDENTITY_MISMATCH':
      return {
        ...r,
        problems: { name: '请对照身份证原件核对', idNumber: '请对照身份证原件核对' },
        hint: '请对照身份证原件逐字核对；仍对不上的，请群众到户籍派出所核实',
      };
    case 'IDENTITY_ALREADY_VERIFIED':
      return { ...r, hint: '请群众退出这个账号，用本人的微信、支付宝或河南政务服务网账号登录后，重新获取核验码' };
    case 'STAFF_ONLY':
      return { ...r, problems: { centerId: '请选择您所在的中心' }, hint: '没有开通工作人员权限的，请联系中心管理员' };
    case 'VALIDATION_FAILED': {
      const problems: WindowCheckProblems = {};
      for (const d of e.details ?? []) if (FIELDS.has(d.field)) problems[d.field as WindowCheckField] = d.message;
      return { ...r, problems, hint: '请按红字提示修改后再提交' };
    }
    default:
      return r;
  }
}
