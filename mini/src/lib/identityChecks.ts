import { parseIdNumber, type IdNumberProblem } from '@zsb/domain';

// The same rules as the BFF, checked on the phone first so a typo is caught before anything is sent. Shared by
// 实名认证 (the resident) and 窗口核验身份 (staff typing from the ID card).
const ID_PROBLEM: Record<IdNumberProblem, string> = {
  format: '身份证号码应为 18 位，最后一位可能是 X',
  region: '身份证号码前两位不对，请核对',
  'birth-date': '身份证号码里的出生日期不对，请核对',
  checksum: '身份证号码有一位输错了，请逐位核对',
};

export interface IdentityForm {
  name: string;
  idNumber: string;
  phone: string;
  smsCode: string;
  consent: boolean;
}

export type FieldProblems = Partial<Record<keyof IdentityForm, string>>;

export const isPhone = (phone: string): boolean => /^1[3-9]\d{9}$/.test(phone);

export function nameProblem(name: string): string | undefined {
  return /^[\u3400-\u9fff][\u3400-\u9fff·]{0,28}[\u3400-\u9fff]$/.test(name.trim())
    ? undefined
    : '请填写身份证上的中文姓名';
}

export function idNumberProblem(idNumber: string): string | undefined {
  const id = parseIdNumber(idNumber);
  return id.ok ? undefined : ID_PROBLEM[id.reason];
}

export const phoneProblem = (phone: string): string | undefined =>
  isPhone(phone) ? undefined : '手机号应为 11 位数字，以 1 开头';

export const smsCodeProblem = (code: string): string | undefined =>
  /^\d{6}$/.test(code) ? undefined : '请填写短信里的 6 位验证码';

/**
 * What to fix before sending. With `fromSignIn` the name and ID number come from the provincial sign-in (shown
 * locked), so only the phone, its code and the consent are the resident's to fill in.
 */
export function checkForm(form: IdentityForm, fromSignIn = false): FieldProblems {
  const problems: FieldProblems = {
    name: fromSignIn ? undefined : nameProblem(form.name),
    idNumber: fromSignIn ? undefined : idNumberProblem(form.idNumber),
    phone: phoneProblem(form.phone),
    smsCode: smsCodeProblem(form.smsCode),
    consent: form.consent ? undefined : '请阅读并同意《个人信息处理说明》',
  };
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v !== undefined)) as FieldProblems;
}
