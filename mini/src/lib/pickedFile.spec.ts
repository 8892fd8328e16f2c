import { describe, expect, it } from '@jest/globals';
import { kindOf, MAX_IMAGE_BYTES, pickedFileProblem } from './pickedFile';

describe('a picked file, before it is sent', () => {
  it('tells a PDF from a photo by its type or name', () => {
    expect(kindOf('application/pdf')).toBe('pdf');
    expect(kindOf('证明.PDF')).toBe('pdf');
    expect(kindOf('image/jpeg')).toBe('image');
    expect(kindOf('IMG_0001.HEIC')).toBe('image');
  });

  it('refuses a kind the material does not take, and a file over the limit, in the resident’s words', () => {
    expect(pickedFileProblem({ kind: 'pdf', size: 10, name: 'a.pdf' }, ['image'])).toBe('只能上传照片');
    expect(pickedFileProblem({ kind: 'image', size: MAX_IMAGE_BYTES + 1, name: 'a.jpg' }, ['image', 'pdf'])).toBe(
      '照片不能超过 10 MB，请重新拍一张',
    );
    expect(pickedFileProblem({ kind: 'image', size: 0, name: 'a.jpg' }, ['image', 'pdf'])).toBeNull();
  });
});
