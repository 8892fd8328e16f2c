import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_SCOPE,
  inviteTokenOf,
  requestBody,
  requestProblems,
  scopeBody,
  scopeProblems,
  toggleMatter,
  type RequestForm,
} from './mandateForm';

const pension = { code: '410500-010101-001', name: '城乡居民养老保险参保登记' };
const card = { code: '410500-010101-002', name: '社会保障卡补领' };
// A valid GB 11643 number (check digit X).
const ID = '11010519491231002X';

const filled: RequestForm = {
  as: 'family',
  centerId: null,
  name: '王建国',
  idNumber: ID,
  phone: '',
  matters: [pension],
  level: 'handle',
  days: 30,
};

describe('the scope of a 委托', () => {
  it('chooses nothing for the resident: matters, level and days must each be picked', () => {
    expect(scopeProblems(EMPTY_SCOPE)).toEqual({
      matters: '请至少选择一件委托办理的事',
      level: '请选择：只查询，还是可以办理',
      days: '请选择委托多长时间',
    });
    expect(scopeProblems({ matters: [pension], level: 'query', days: 7 })).toEqual({});
  });

  it('refuses more than 20 matters, as the BFF does', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ code: `410500-010101-${100 + i}`, name: `事项${i}` }));
    expect(scopeProblems({ matters: many, level: 'query', days: 7 }).matters).toBe('一次最多委托 20 件事');
  });

  it('ticks and unticks a matter', () => {
    expect(toggleMatter([pension], card)).toEqual([pension, card]);
    expect(toggleMatter([pension, card], pension)).toEqual([card]);
  });

  it('is sent as codes, with no licence types', () => {
    expect(scopeBody({ matters: [pension, card], level: 'handle', days: 90 })).toEqual({
      level: 'handle',
      matterCodes: [pension.code, card.code],
      licenceTypeCodes: [],
      days: 90,
    });
  });
});

describe('代办申请 (read-back) checks on the phone', () => {
  it('passes a filled form; the phone may be left empty', () => {
    expect(requestProblems(filled)).toEqual({});
  });

  it('checks the ID number’s check digit and the name', () => {
    expect(requestProblems({ ...filled, idNumber: '110105194912310021' }).idNumber).toBe(
      '身份证号码有一位输错了，请逐位核对',
    );
    expect(requestProblems({ ...filled, idNumber: '1101051949' }).idNumber).toBe(
      '身份证号码应为 18 位，最后一位可能是 X',
    );
    expect(requestProblems({ ...filled, idNumber: ID.toLowerCase() }).idNumber).toBeUndefined();
    expect(requestProblems({ ...filled, name: 'Wang' }).name).toBe('请填写身份证上的中文姓名');
  });

  it('checks a phone only when one is typed', () => {
    expect(requestProblems({ ...filled, phone: '1380000' }).phone).toBe('手机号应为 11 位数字，以 1 开头');
    expect(requestProblems({ ...filled, phone: '13800000001' }).phone).toBeUndefined();
  });

  it('asks an agent for the center they act for', () => {
    expect(requestProblems({ ...filled, as: null }).as).toBe('请选择以什么身份代办');
    expect(requestProblems({ ...filled, as: 'agent' }).as).toBe('请选择您所在的服务中心或代办点');
    expect(requestProblems({ ...filled, as: 'agent', centerId: 'c-1' }).as).toBeUndefined();
  });

  it('sends the ID number in capitals, and no phone or center when there is none', () => {
    const body = requestBody({ ...filled, idNumber: ` ${ID.toLowerCase()} ` });
    expect(body).toEqual({
      level: 'handle',
      matterCodes: [pension.code],
      licenceTypeCodes: [],
      days: 30,
      as: 'family',
      principalName: '王建国',
      principalIdNumber: ID,
    });
    expect(requestBody({ ...filled, as: 'agent', centerId: 'c-1', phone: '13800000001' })).toMatchObject({
      as: 'agent',
      centerId: 'c-1',
      principalPhone: '13800000001',
    });
  });
});

describe('the 代办码 scanned or pasted', () => {
  const token = 'AbCdEfGhIjKlMnOpQrStUv_-12';
  it('is the code itself, or taken from the page path or a link', () => {
    expect(inviteTokenOf(` ${token} `)).toBe(token);
    expect(inviteTokenOf(`features/mandates/grant/index?invite=${token}`)).toBe(token);
    expect(inviteTokenOf(`https://zsb.example/#/features/mandates/grant/index?invite=${token}&x=1`)).toBe(token);
  });

  it('is nothing else', () => {
    expect(inviteTokenOf('')).toBeNull();
    expect(inviteTokenOf('hello')).toBeNull();
    expect(inviteTokenOf('features/mandates/grant/index?invite=short')).toBeNull();
  });
});
