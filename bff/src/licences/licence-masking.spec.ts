import { maskedFields } from './licence-masking';

describe('licence fields before “显示完整信息”', () => {
  const surface = [
    { label: '姓名', value: '张建国' },
    { label: '公民身份号码', value: '410502198001010036' },
    { label: '住址', value: '河南省安阳市文峰区紫薇大道12号' },
    { label: '户号', value: '410502012345' },
    { label: '签发机关', value: '安阳市公安局文峰分局' },
    { label: '有效期限', value: '2020.05.01-2040.05.01' },
  ];

  it('masks the name, numbers and the address, and leaves what identifies nobody', () => {
    const shown = Object.fromEntries(maskedFields(surface, '张建国', false).map((f) => [f.label, f]));
    expect(shown['姓名'].value).toBe('张*国');
    expect(shown['公民身份号码'].value).toBe('4105**********0036');
    expect(shown['住址'].value).toBe('河南省安阳市****');
    expect(shown['户号'].value).toBe('4105****2345');
    expect(shown['签发机关']).toEqual({ label: '签发机关', value: '安阳市公安局文峰分局', masked: false });
    expect(shown['有效期限'].masked).toBe(false);
  });

  it('shows everything, unmarked, when revealed', () => {
    expect(maskedFields(surface, '张建国', true).every((f, i) => f.value === surface[i].value && !f.masked)).toBe(true);
  });
});
