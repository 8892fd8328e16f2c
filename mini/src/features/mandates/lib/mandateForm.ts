import type { MandateKind, MandateLevel, MandateMatter, MandateReadbackRequest, MandateScope } from '@zsb/contracts';
import { idNumberProblem, nameProblem, phoneProblem } from '@/lib/identityChecks';

/** 委托期限: a week, a month, or the longest the BFF allows (90 days). */
export const DAY_CHOICES = [7, 30, 90] as const;
export const MAX_MATTERS = 20;

/** What a principal agrees to (确认委托) or a helper asks for (代办申请), as chosen on the page. */
export interface ScopeChoice {
  matters: MandateMatter[];
  level: MandateLevel | null;
  days: number | null;
}

export const EMPTY_SCOPE: ScopeChoice = { matters: [], level: null, days: null };

export type ScopeProblems = Partial<Record<'matters' | 'level' | 'days', string>>;

/** Nothing is chosen for the resident: each part of the scope must be picked. */
export function scopeProblems(scope: ScopeChoice): ScopeProblems {
  const out: ScopeProblems = {};
  if (scope.matters.length === 0) out.matters = '请至少选择一件委托办理的事';
  else if (scope.matters.length > MAX_MATTERS) out.matters = `一次最多委托 ${MAX_MATTERS} 件事`;
  if (!scope.level) out.level = '请选择：只查询，还是可以办理';
  if (!scope.days) out.days = '请选择委托多长时间';
  return out;
}

/** Adds a matter, or takes it away when it was chosen. */
export function toggleMatter(chosen: MandateMatter[], m: MandateMatter): MandateMatter[] {
  return chosen.some((x) => x.code === m.code) ? chosen.filter((x) => x.code !== m.code) : [...chosen, m];
}

/** The scope as the BFF takes it. Licence types are never asked for here: materials are uploaded as photos. */
export function scopeBody(scope: ScopeChoice): MandateScope {
  return {
    level: scope.level ?? 'query',
    matterCodes: scope.matters.map((m) => m.code),
    licenceTypeCodes: [],
    days: scope.days ?? DAY_CHOICES[0],
  };
}

/** 代办申请: who the principal is, typed by the helper beside them, and what they ask to do. */
export interface RequestForm extends ScopeChoice {
  as: MandateKind | null;
  centerId: string | null;
  name: string;
  idNumber: string;
  /** Optional: only for someone who never used the app, and it must be in their own name. */
  phone: string;
}

export type RequestProblems = ScopeProblems & Partial<Record<'as' | 'name' | 'idNumber' | 'phone', string>>;

/** The same rules as the BFF, on the phone first (ID number: GB 11643 with its check digit). */
export function requestProblems(form: RequestForm): RequestProblems {
  const out: RequestProblems = { ...scopeProblems(form) };
  if (!form.as) out.as = '请选择以什么身份代办';
  else if (form.as === 'agent' && !form.centerId) out.as = '请选择您所在的服务中心或代办点';
  const name = nameProblem(form.name);
  if (name) out.name = name;
  const id = idNumberProblem(form.idNumber.trim().toUpperCase());
  if (id) out.idNumber = id;
  const phone = form.phone.trim() === '' ? undefined : phoneProblem(form.phone.trim());
  if (phone) out.phone = phone;
  return out;
}

export function requestBody(form: RequestForm): MandateReadbackRequest {
  const phone = form.phone.trim();
  return {
    ...scopeBody(form),
    as: form.as ?? 'family',
    ...(form.as === 'agent' && form.centerId ? { centerId: form.centerId } : {}),
    principalName: form.name.trim(),
    principalIdNumber: form.idNumber.trim().toUpperCase(),
    ...(phone ? { principalPhone: phone } : {}),
  };
}

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * The 代办码 in what was scanned or pasted: the code itself, or the page path (or a link) carrying `invite=`; null
 * when it is neither.
 */
export function inviteTokenOf(text: string): string | null {
  const t = text.trim();
  if (TOKEN.test(t)) return t;
  const m = /[?&]invite=([A-Za-z0-9_-]{20,64})(?:[&#]|$)/.exec(t);
  return m ? m[1] : null;
}
