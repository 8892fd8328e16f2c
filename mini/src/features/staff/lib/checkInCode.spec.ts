import { describe, expect, it } from '@jest/globals';
import { readCheckInCode } from './checkInCode';

const CODE = 'Xk3_9aQ-2mZ7pLr8TtY4wE1c';

describe('a scanned or pasted check-in code', () => {
  it('is taken as it is, without the spaces and line breaks a scanner or a paste adds', () => {
    expect(readCheckInCode(CODE)).toEqual({ code: CODE });
    expect(readCheckInCode(` ${CODE.slice(0, 10)}\n${CODE.slice(10)} `)).toEqual({ code: CODE });
  });

  it('is refused with what to ask for when it is something else', () => {
    expect(readCheckInCode('')).toEqual({ problem: '请先粘贴或输入签到码' });
    expect(readCheckInCode('AAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB')).toMatchObject({
      problem: expect.stringContaining('亮证码'),
    });
    for (const text of ['https://example.com/?a=1', 'short', `${CODE}!`])
      expect(readCheckInCode(text)).toMatchObject({ problem: expect.stringContaining('我的预约') });
  });
});
