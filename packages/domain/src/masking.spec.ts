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

  it('masks a number that follows a percent escape or letters, as in a URL-encoded search', () => {
    // encodeURIComponent('身份证 410502199001011234'): the number follows %20, whose last character is a digit
    expect(maskPiiInText('q=%E8%BA%AB%E4%BB%BD%E8%AF%81%20410502199001011234&page=1')).toBe(
      'q=%E8%BA%AB%E4%BB%BD%E8%AF%81%204105**********1234&page=1',
    );
    expect(maskPiiInText('q=%E8%AF%81410502199001011234')).toBe('q=%E8%AF%814105**********1234');
    expect(maskPiiInText('q=%2B8613812345678 tel8613912345678')).toBe('q=%2B86138****5678 tel86139****5678');
    expect(maskPiiInText('sfz410502199001011234 ID13812345678')).toBe('sfz4105**********1234 ID138****5678');
  });

  it('leaves a number inside a hex hash or a longer number whole', () => {
    const text = 'sha 9f410502199001011234ab, card 6222410502199001011234';
    expect(maskPiiInText(text)).toBe(text);
  });

  it('leaves order numbers, timestamps and landlines alone', () => {
    const text = 'booking 20250630123456 at 1719712345678ms, 0372-5123456, 事项 410500-010203-001';
    expect(maskPiiInText(text)).toBe(text);
  });

  it('leaves no 11-digit mobile or 18-character ID number in any text it masks', () => {
    const pii = fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), fc.stringMatching(/^\d{17}[\dX]$/));
    // anything but digits before it: text, letters, or the percent escape that ends an encoded word
    const filler = fc.oneof(
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[0-9]/g, '')),
      fc.constantFrom('%20', '%E8%AF%81', '%3A', 'q=%E5%8F%B7'),
    );
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
