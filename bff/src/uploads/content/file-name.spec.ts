import { cleanName, MAX_NAME_LENGTH } from './file-name';

describe('the name an upload is shown with', () => {
  it.each([
    ['IMG_0001.JPG', 'jpg', 'IMG_0001.jpg'],
    ['户口本首页.jpeg', 'jpg', '户口本首页.jpg'],
    ['x.pdf', 'png', 'x.png'],
    ['../../etc/passwd', 'jpg', 'passwd.jpg'],
    ['C:\\Users\\张三\\Desktop\\证明.pdf', 'pdf', '证明.pdf'],
    ['a\u0000b\u0007c\nd.jpg', 'jpg', 'abcd.jpg'],
    ['\u202egpj.exe', 'jpg', 'gpj.jpg'],
    ['zero\u200bwidth.png', 'png', 'zerowidth.png'],
    ['..', 'pdf', '附件.pdf'],
    ['', 'jpg', '附件.jpg'],
    [undefined, 'jpg', '附件.jpg'],
    ['...hidden', 'png', 'hidden.png'],
    ['name with   spaces .jpg', 'jpg', 'name with spaces.jpg'],
    ['a"b;c=d<e>f|g?h*i.jpg', 'jpg', 'a_b_c_d_e_f_g_h_i.jpg'],
    ['身份证410502198001010036.jpg', 'jpg', '身份证4105**********0036.jpg'],
    ['电话13800000001.pdf', 'pdf', '电话138****0001.pdf'],
  ] as const)('%j → %j', (raw, extension, shown) => {
    expect(cleanName(raw, extension)).toBe(shown);
  });

  it('is at most 80 characters, counting Chinese characters as one', () => {
    const name = cleanName(`${'长'.repeat(200)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(MAX_NAME_LENGTH);
    expect(name.endsWith('长.pdf')).toBe(true);
  });

  it('never holds a path separator, a control character or a leading dot, whatever it was given', () => {
    const nasty = ['/', '\\', '\u0000', '\u001f', '\u007f', '\u0085', '\u2028', '.', ' ', '%2e', 'a'];
    for (let i = 0; i < 500; i++) {
      const raw = Array.from({ length: 1 + (i % 40) }, (_, j) => nasty[(i * 7 + j * 13) % nasty.length]).join('');
      const name = cleanName(raw, 'jpg');
      expect(name).not.toMatch(/[/\\\p{C}\u2028]/u);
      expect(name.startsWith('.')).toBe(false);
      expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    }
  });
});
