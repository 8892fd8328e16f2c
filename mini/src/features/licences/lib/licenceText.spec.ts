import { describe, expect, it } from '@jest/globals';
import {
  displayBlockedReason,
  formatLocalDate,
  formatValidity,
  formatValidUntil,
  licenceKind,
  statusChip,
} from './licenceText';

describe('licence card text', () => {
  it('names each status in Chinese with its tone', () => {
    expect(statusChip('valid')).toEqual({ text: '有效', tone: 'ok' });
    expect(statusChip('expired')).toEqual({ text: '已过期', tone: 'warn' });
    expect(statusChip('revoked')).toEqual({ text: '已注销', tone: 'bad' });
  });

  it('groups licence types into colour families', () => {
    expect(licenceKind('居民身份证')).toBe('identity');
    expect(licenceKind('居民户口簿')).toBe('identity');
    expect(licenceKind('社会保障卡（含电子社会保障卡）')).toBe('social');
    expect(licenceKind('残疾人证（第二代）')).toBe('social');
    expect(licenceKind('中华人民共和国退役军人优待证')).toBe('social');
    expect(licenceKind('结婚证')).toBe('family');
    expect(licenceKind('机动车驾驶证')).toBe('vehicle');
    expect(licenceKind('营业执照（个体工商户）')).toBe('business');
    expect(licenceKind('教师资格证书')).toBe('business');
    expect(licenceKind('不动产权证书')).toBe('property');
    expect(licenceKind('某种新证')).toBe('other');
  });

  it('writes dates the Chinese way and a missing end as 长期有效', () => {
    expect(formatLocalDate('2020-05-01')).toBe('2020年5月1日');
    expect(formatLocalDate('长期')).toBe('长期');
    expect(formatValidUntil(null)).toBe('长期有效');
    expect(formatValidUntil('2038-12-31')).toBe('2038年12月31日止');
    expect(formatValidity(null)).toBe('长期有效');
    expect(formatValidity('2038-12-31')).toBe('有效期至 2038年12月31日');
  });

  it('allows 出示亮证码 only for a valid, verified licence and says why otherwise', () => {
    expect(displayBlockedReason({ status: 'valid', verified: true })).toBeNull();
    expect(displayBlockedReason({ status: 'expired', verified: true })).toContain('已过期');
    expect(displayBlockedReason({ status: 'revoked', verified: true })).toContain('已注销');
    expect(displayBlockedReason({ status: 'valid', verified: false })).toContain('未通过验证');
  });
});
