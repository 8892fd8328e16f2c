import { parseIdNumber, type IdNumberProblem } from '@zsb/domain';

// The same rules as the BFF, checked on the phone first so a typo is caught before anything is sent.
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

export function checkForm(form: IdentityForm): FieldProblems {
  const problems: FieldProblems = {};
  if (!/^[\u3400-\u9fff][\u3400-\u9fff·]{0,28}[\u3400-\u9fff]$/.test(form.name.trim())) problems.name = '请填写身份证上的中文姓名';
  const id = parseIdNumber(form.idNumber);
  if (!id.ok) problems.idNumber = ID_PROBLEM[id.reason];
  if (!isPhone(form.phone)) problems.phone = '手机号应为 11 位数字，以 1 开头';
  if (!/^\d{6}$/.test(form.smsCode)) problems.smsCode = '请填写短信里的 6 位验证码';
  if (!form.consent) problems.consent = '请阅读并同意《个人信息处理说明》';
  return problems;
}
