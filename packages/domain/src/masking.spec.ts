import fc from 'fast-check';
import { maskIdNumber, maskLicenceNumber, maskName, maskPhone, maskPiiInText } from './masking';

describe('masking', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('410502199001011234')).toBe('4105**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });

  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['李小明', '李*明'],
    ['王', '*'],
    ['', ''],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never reveals more than eight characters of an ID number and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        return masked.length === 18 && masked.replace(/\*/g, '').length === 8;
      }),
    );
  });
});

describe('maskPiiInText', () => {
  it('masks ID numbers and mobiles inside a log line', () => {
    expect(maskPiiInText('实名认证失败 idNumber=410502199001011234 phone:13812345678。')).toBe(
      '实名认证失败 idNumber=4105**********1234 phone:138****5678。',
    );
  });

  it('masks mobiles written with separators or a +86 prefix', () => {
    expect(maskPiiInText('电话 138 1234 5678 或 +86 13912345678')).toBe('电话 138****5678 或 +86 139****5678');
    expect(maskPiiInText('{"tel":"8613912345678"}')).toBe('{"tel":"86139****5678"}');
  });

  it('leaves order numbers, timestamps and landlines alone', () => {
    const text = 'booking 20250630123456 at 1719712345678ms, 0372-5123456, 事项 410500-010203-001';
    expect(maskPiiInText(text)).toBe(text);
  });

  it('leaves no 11-digit mobile or 18-character ID number in any text it masks', () => {
    const pii = fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), fc.stringMatching(/^\d{17}[\dX]$/));
    const filler = fc.string({ maxLength: 6 }).map((s) => s.replace(/[0-9A-Za-z]/g, ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, pii), { minLength: 1, maxLength: 4 }), (parts) => {
        const masked = maskPiiInText(parts.map(([f, p]) => f + p).join(' '));
        return !/1[3-9]\d{9}/.test(masked) && !/\d{17}[\dX]/.test(masked);
      }),
    );
  });
});

describe('maskLicenceNumber', () => {
  it('keeps four characters at each end of a long number and one and two of a short one', () => {
    expect(maskLicenceNumber('410502198001010036')).toBe('4105**********0036');
    expect(maskLicenceNumber('B1234567841')).toBe('B********41');
    expect(maskLicenceNumber('123')).toBe('***');
  });
});
