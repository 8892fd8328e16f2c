import type { ResidentProfile } from '@zsb/contracts';
import type { FieldProblems, IdentityForm } from '@/lib/identityChecks';

// 实名认证 as a small state machine: which step the page is on, and what each answer of the BFF leads to. Every
// refusal keeps what the resident typed and names a way forward they can tap.

/** Name and ID number typed by the resident, or taken (locked) from the identity the H5 sign-in verified. */
export type IdentitySource = 'typed' | 'sign-in';

export type Step =
  /** Name, ID number, phone, its code and the consent. */
  | { kind: 'form' }
  /** The ID number is already verified with another phone: a code to that phone proves it is the same person. */
  | { kind: 'phone-on-file'; phoneMasked: string }
  /** 到窗口核验: a one-time code to show at a window, where staff check the ID card. */
  | { kind: 'window' }
  | { kind: 'done'; resident: ResidentProfile };

/** Buttons a refusal offers. */
export type NextAction = 'phone-on-file' | 'window' | 'change-phone' | 'mine' | 'retry';

export interface Refusal {
  code: string;
  /** A few plain words: what happened. */
  title: string;
  /** The server's own message (or ours when there was no answer). */
  message: string;
  actions: NextAction[];
  /** IDENTITY_PHONE_PROOF_REQUIRED: where the next code goes. */
  phoneOnFileMasked?: string;
  requestId?: string;
}

/** What an error the flow received leads to. */
export interface Reaction {
  refusal: Refusal;
  /** Problems to mark at the fields (as well as the refusal). */
  problems: FieldProblems;
  /** Move to this step (the typed form is kept whatever the step). */
  step?: Step;
  /** The SMS code typed is used up or no longer the one wanted: empty the box so the next one goes in. */
  clearCode?: boolean;
  /** The sign-in identity cannot be used (it is gone from the server): ask for name and ID number instead. */
  source?: IdentitySource;
}

/** The parts of an ApiError the flow reads. */
export interface ErrorFacts {
  code: string;
  message: string;
  requestId?: string;
  /** No real answer (network, timeout, overload): nothing was refused, the same request may be sent again. */
  noAnswer: boolean;
  details?: { field: string; message: string }[];
  phoneOnFileMasked?: string | null;
}

const ACCOUNT = new Set(['AUTH_REQUIRED', 'AUTH_TOKEN_INVALID', 'REFRESH_TOKEN_INVALID']);
const FORM_FIELDS = new Set<keyof IdentityForm>(['name', 'idNumber', 'phone', 'smsCode', 'consent']);

function refusal(e: ErrorFacts, title: string, actions: NextAction[], extra: Partial<Refusal> = {}): Refusal {
  return { code: e.code, title, message: e.message, actions, ...extra };
}

/** Something nobody expected: the request id goes with it, for the 12345 hotline. */
const unexpected = (e: ErrorFacts, title: string, actions: NextAction[]): Refusal =>
  refusal(e, title, actions, { requestId: e.requestId || undefined });

/** The server's words are at the field they are about; beside the button, only where to look. */
const atField = (e: ErrorFacts, title: string): Refusal => refusal(e, title, [], { message: LOOK_AT_FIELDS });

export const LOOK_AT_FIELDS = '请按红字提示改一下再提交';

/** Refusals every step can get: no answer, a sign-in that ended, too many tries. */
function common(e: ErrorFacts): Reaction | null {
  if (e.noAnswer && e.code !== 'RATE_LIMITED') return { refusal: unexpected(e, '没有连上', ['retry']), problems: {} };
  if (ACCOUNT.has(e.code)) return { refusal: refusal(e, '登录已失效', ['mine']), problems: {} };
  if (e.code === 'RATE_LIMITED') return { refusal: refusal(e, '请稍后再试', ['window']), problems: {} };
  return null;
}

/** Checked on the phone before sending: the problems are at the fields, this says so beside the button. */
export function incompleteForm(problems: FieldProblems): Reaction {
  return {
    refusal: { code: 'FORM_INCOMPLETE', title: '还有没填好的', message: LOOK_AT_FIELDS, actions: [] },
    problems,
  };
}

/** After 提交认证 (POST /me/identity) was refused. */
export function afterSubmitError(e: ErrorFacts, source: IdentitySource): Reaction {
  const shared = common(e);
  if (shared) return shared;
  switch (e.code) {
    case 'SMS_CODE_INVALID':
      return { refusal: atField(e, '验证码不对'), problems: { smsCode: e.message } };
    case 'ID_NUMBER_INVALID':
      return { refusal: atField(e, '身份证号码不对'), problems: { idNumber: e.message } };
    case 'CONSENT_REQUIRED':
      return { refusal: atField(e, '需要您的同意'), problems: { consent: e.message } };
    case 'IDENTITY_MISMATCH':
      return {
        refusal: refusal(e, '姓名和号码对不上', ['window']),
        problems: source === 'typed' ? { name: '请对照身份证逐字核对', idNumber: '请对照身份证逐位核对' } : {},
      };
    case 'IDENTITY_PHONE_NOT_REGISTERED':
      // The code was for a phone that cannot be used: a new phone needs a new code.
      return {
        refusal: refusal(e, '手机号不在您名下', ['change-phone', 'window']),
        problems: { phone: '这个手机号不在您本人名下' },
      };
    case 'IDENTITY_PHONE_PROOF_REQUIRED':
      // The code to the new phone is used up by this answer: going back to the form needs a new one.
      return {
        refusal: refusal(e, '身份证号已认证过', e.phoneOnFileMasked ? ['phone-on-file', 'window'] : ['window'], {
          phoneOnFileMasked: e.phoneOnFileMasked ?? undefined,
        }),
        problems: {},
        clearCode: true,
      };
    case 'IDENTITY_ALREADY_VERIFIED':
      return { refusal: refusal(e, '账号已实名为别人', ['mine']), problems: {} };
    case 'VALIDATION_FAILED': {
      const details = e.details ?? [];
      if (details.some((d) => d.field === 'useSignInIdentity')) {
        return { refusal: refusal(e, '请填写姓名和身份证号', []), problems: {}, source: 'typed' };
      }
      const problems: FieldProblems = {};
      for (const d of details)
        if (FORM_FIELDS.has(d.field as keyof IdentityForm)) problems[d.field as keyof IdentityForm] = d.message;
      return {
        refusal: Object.keys(problems).length ? atField(e, '填写的内容有问题') : unexpected(e, '填写的内容有问题', []),
        problems,
      };
    }
    default:
      return { refusal: unexpected(e, '没有认证成功', ['window']), problems: {} };
  }
}

/** After the code to the phone on file was refused (asking for it, or confirming with it). */
export function afterPhoneOnFileError(e: ErrorFacts): Reaction {
  const shared = common(e);
  if (shared) return shared;
  if (e.code === 'SMS_CODE_INVALID') return { refusal: atField(e, '验证码不对'), problems: { smsCode: e.message } };
  // Timed out, or something changed meanwhile: back to the form as typed, with a fresh code to ask for.
  if (e.code === 'IDENTITY_STEP_EXPIRED') {
    return { refusal: refusal(e, '确认超时了', []), problems: {}, step: { kind: 'form' }, clearCode: true };
  }
  return { refusal: unexpected(e, '没有确认成功', ['window']), problems: {} };
}

/** Asking for a window code was refused. */
export function afterWindowCodeError(e: ErrorFacts): Reaction {
  // Asked too often: asking again now would be refused again; the message says how long to wait.
  if (e.code === 'RATE_LIMITED') return { refusal: refusal(e, '请稍后再试', []), problems: {} };
  return common(e) ?? { refusal: unexpected(e, '没有拿到核验码', ['retry']), problems: {} };
}

/** The step to open with, from the profile: already verified residents see their identity, not the form. */
export function firstStep(profile: ResidentProfile): Step {
  return profile.verified ? { kind: 'done', resident: profile } : { kind: 'form' };
}

/** Typed, unless the H5 sign-in brought an identity the provincial service verified. */
export function sourceFor(profile: ResidentProfile): IdentitySource {
  return profile.signInIdentity ? 'sign-in' : 'typed';
}

/** The words on a refusal's buttons. */
export function actionLabel(action: NextAction, phoneOnFileMasked?: string): string {
  switch (action) {
    case 'phone-on-file':
      return phoneOnFileMasked ? `用 ${phoneOnFileMasked} 接收验证码` : '用预留手机号接收验证码';
    case 'window':
      return '到窗口核验';
    case 'change-phone':
      return '换一个手机号';
    case 'mine':
      return '回到“我的”';
    case 'retry':
      return '再试一次';
  }
}
