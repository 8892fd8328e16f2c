import { describe, expect, it } from '@jest/globals';
import { idNumberCheckDigit } from '@zsb/domain';
import { checkForm, idNumberProblem, nameProblem, type IdentityForm } from './identityChecks';

const first17 = '41050219800101123';
const valid: IdentityForm = {
  name: '张建国',
  idNumber: first17 + idNumberCheckDigit(first17),
  phone: '13812345678',
  smsCode: '123456',
  consent: true,
};

describe('identity form checks', () => {
  it('passes a complete, correct form', () => {
    expect(checkForm(valid)).toEqual({});
  });

  it('tells the resident which digit rule a mistyped ID number breaks', () => {
    const wrongLast = valid.idNumber.slice(0, 17) + (valid.idNumber[17] === '1' ? '2' : '1');
    expect(checkForm({ ...valid, idNumber: wrongLast }).idNumber).toContain('输错');
    expect(checkForm({ ...valid, idNumber: '4105021980' }).idNumber).toContain('18 位');
  });

  it('accepts a minority name with a middle dot and a lowercase x', () => {
    const x17 = '41050219800101131';
    const check = idNumberCheckDigit(x17);
    const id = check === 'X' ? `${x17}x` : x17 + check;
    expect(checkForm({ ...valid, name: '阿依古丽·买买提', idNumber: id })).toEqual({});
  });

  it('asks for consent, a phone and the code', () => {
    expect(Object.keys(checkForm({ ...valid, consent: false, phone: '1234', smsCode: '12' })).sort()).toEqual([
      'consent',
      'phone',
      'smsCode',
    ]);
  });

  it('does not ask for name and ID number when they come from the provincial sign-in', () => {
    expect(checkForm({ ...valid, name: '', idNumber: '' }, true)).toEqual({});
    expect(Object.keys(checkForm({ ...valid, name: '', idNumber: '', smsCode: '' }, true))).toEqual(['smsCode']);
  });

  it('checks a name and an ID number typed from the card on their own (window staff)', () => {
    expect(nameProblem(' 李秀英 ')).toBeUndefined();
    expect(nameProblem('Li')).toContain('中文姓名');
    expect(idNumberProblem(valid.idNumber)).toBeUndefined();
    expect(idNumberProblem('410526195003150020')).toContain('输错');
  });
});
