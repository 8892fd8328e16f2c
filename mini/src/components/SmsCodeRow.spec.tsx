import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import type { SmsCodeState } from '../hooks/useSmsCode';
import { SmsCodeRow } from './SmsCodeRow';

const hooks = { input: 'e2e-code', send: 'e2e-send', sent: 'e2e-sent' };
const state = (over: Partial<SmsCodeState>): SmsCodeState => ({
  sending: false,
  wait: 0,
  sentTo: null,
  canSend: true,
  send: () => Promise.resolve(null),
  forgetSent: () => undefined,
  ...over,
});

describe('the SMS code row', () => {
  it('asks for a code with one tap before the first one was sent', () => {
    const onSend = jest.fn();
    render(<SmsCodeRow value="" onInput={() => undefined} code={state({})} onSend={onSend} hooks={hooks} />);
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/验证码已发送至/)).toBeNull();
  });

  it('while waiting, counts down, says where the code went (masked) and ignores taps', () => {
    const onSend = jest.fn();
    render(
      <SmsCodeRow
        value=""
        onInput={() => undefined}
        code={state({ wait: 42, sentTo: '138****0001', canSend: false })}
        onSend={onSend}
        hooks={hooks}
      />,
    );
    const button = screen.getByRole('button', { name: '42 秒后重发' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByText('验证码已发送至 138****0001，请查看短信')).toBeTruthy();
  });

  it('offers 重新获取 once the wait is over, and hands typed digits up', () => {
    const onInput = jest.fn();
    render(
      <SmsCodeRow
        value=""
        onInput={onInput}
        code={state({ sentTo: '138****0001' })}
        onSend={() => undefined}
        hooks={hooks}
      />,
    );
    expect(screen.getByRole('button', { name: '重新获取' }).getAttribute('aria-disabled')).toBe('false');
    fireEvent.change(screen.getByPlaceholderText('6 位数字'), { target: { value: '123456' } });
    expect(onInput).toHaveBeenCalledWith('123456');
  });
});
