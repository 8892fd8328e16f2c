import type { AppConfig } from '../config/app-config';
import { FileCipher } from './file-cipher';

const cipher = new FileCipher({ security: { piiKey: Buffer.alloc(32, 7).toString('base64') } } as AppConfig);

describe('upload bytes at rest', () => {
  const plain = Buffer.from('%PDF-1.7 张建国 410502198001010036');

  it('are unreadable in the store and come back whole', () => {
    const sealed = cipher.seal(plain, 'ab/abcdefghijklmnopqrstuv');
    expect(sealed.includes(Buffer.from('410502198001010036'))).toBe(false);
    expect(cipher.open(sealed, 'ab/abcdefghijklmnopqrstuv').equals(plain)).toBe(true);
  });

  it('do not open under another key or when changed', () => {
    const sealed = cipher.seal(plain, 'ab/abcdefghijklmnopqrstuv');
    expect(() => cipher.open(sealed, 'cd/cdefghijklmnopqrstuvwx')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.open(tampered, 'ab/abcdefghijklmnopqrstuv')).toThrow();
  });
});
