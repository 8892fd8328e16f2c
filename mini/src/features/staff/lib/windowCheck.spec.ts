import { describe, expect, it } from '@jest/globals';
import {
  checkWindowForm,
  EMPTY_WINDOW_CHECK,
  outcomeText,
  readWindowCode,
  windowRefusal,
  type WindowCheckForm,
} from './windowCheck';

const filled: WindowCheckForm = {
  centerId: 'C410526001',
  windowCode: '04718263',
  name: '李秀英',
  idNumber: '410526195003150021',
  phone: '13800000009',
  smsCode: '123456',
  idCardChecked: true,
};

describe('the window code a clerk scans or types', () => {
  it('is taken with the space it is shown with, or as scanned', () => {
    expect(readWindowCode('0471 8263')).toEqual({ code: '04718263' });
    expect(readWindowCode(' 04718263\n')).toEqual({ code: '04718263' });
  });

  it('is refused with where the resident finds it when it is something else', () => {
    expect(readWindowCode('')).toMatchObject({ problem: expect.stringContaining('到窗口核验') });
    expect(readWindowCode('0471826')).toMatchObject({ problem: expect.stringContaining('8 位数字') });
    expect(readWindowCode('Xk3_9aQ-2mZ7pLr8TtY4wE1c')).toMatchObject({
      problem: expect.stringContaining('预约签到码'),
    });
  });
});

describe('the form before it is sent', () => {
  it('passes when every box is filled and the ID card was checked in person', () => {
    expect(checkWindowForm(filled)).toEqual({});
  });

  it('asks for everything still missing, the ID-card tick above all', () => {
    expect(Object.keys(checkWindowForm(EMPTY_WINDOW_CHECK)).sort()).toEqual([
      'centerId',
      'idCardChecked',
      'idNumber',
      'name',
      'phone',
      'smsCode',
      'windowCode',
    ]);
    expect(checkWindowForm({ ...filled, idCardChecked: false }).idCardChecked).toContain('身份证原件');
    expect(checkWindowForm({ ...filled, idNumber: '410526195003150020' }).idNumber).toContain('输错');
  });
});

describe('the answer read across the counter', () => {
  const answer = { nameMasked: '李*英', idNumberMasked: '4105**********0021', phoneMasked: '138****0009' };

  it('says a first verification, a join into the old account and no change apart', () => {
    expect(outcomeText({ outcome: 'bound', phoneChanged: false, ...answer }).verdict).toContain('实名认证完成');
    const joined = outcomeText({ outcome: 'joined', phoneChanged: true, ...answer });
    expect(joined.verdict).toContain('并入');
    expect(joined.explanation).toContain('并入原账户');
    expect(joined.phone).toBe('预留手机号已换成 138****0009，原号码会收到短信告知。');
    expect(outcomeText({ outcome: 'unchanged', phoneChanged: false, ...answer }).phone).toBeNull();
  });

  it('shows the identity masked only', () => {
    expect(outcomeText({ outcome: 'bound', phoneChanged: false, ...answer }).rows.map((r) => r.value)).toEqual([
      '李*英',
      '4105**********0021',
      '138****0009',
    ]);
  });
});

describe('a refusal at the window', () => {
  const refused = (code: string, extra = {}) =>
    windowRefusal({ code, message: `服务器：${code}`, noAnswer: false, ...extra });

  it('keeps the server’s words and says what to do at the counter', () => {
    const r = refused('WINDOW_CODE_INVALID');
    expect(r.message).toBe('服务器：WINDOW_CODE_INVALID');
    expect(r.clearWindowCode).toBe(true);
    expect(r.hint).toContain('获取新的核验码');
  });

  it('marks the box a wrong code, ID number or name belongs to', () => {
    expect(refused('SMS_CODE_INVALID').problems).toEqual({ smsCode: '服务器：SMS_CODE_INVALID' });
    expect(Object.keys(refused('IDENTITY_MISMATCH').problems)).toEqual(['name', 'idNumber']);
    expect(
      refused('VALIDATION_FAILED', {
        details: [
          { field: 'idCardChecked', message: '请核对身份证原件' },
          { field: 'x', message: 'y' },
        ],
      }).problems,
    ).toEqual({
      idCardChecked: '请核对身份证原件',
    });
  });

  it('offers the same request again only when there was no answer', () => {
    expect(refused('NETWORK_FAILED', { noAnswer: true }).again).toBe(true);
    expect(refused('IDENTITY_ALREADY_VERIFIED').again).toBe(false);
    expect(refused('AUTH_TOKEN_INVALID').account).toBe(true);
  });
});
