import { Input, Text, View } from '@tarojs/components';
import type { SmsCodeState } from '../hooks/useSmsCode';
import './Field.css';

interface Props {
  value: string;
  onInput: (value: string) => void;
  code: SmsCodeState;
  onSend: () => void;
  /** Test hooks of the box, the button and the 已发送 note. */
  hooks: { input: string; send: string; sent: string };
  /** The button's words before the first code (获取验证码). */
  sendLabel?: string;
}

/** The code box beside its 获取验证码 button, with where the code went once it was sent. */
export function SmsCodeRow({ value, onInput, code, onSend, hooks, sendLabel = '获取验证码' }: Props) {
  const label = code.sending
    ? '发送中…'
    : code.wait > 0
      ? `${code.wait} 秒后重发`
      : code.sentTo
        ? '重新获取'
        : sendLabel;
  return (
    <>
      <View className="field__row">
        <Input
          className={`field__input field__input--code ${hooks.input}`}
          type="number"
          value={value}
          placeholder="6 位数字"
          maxlength={6}
          onInput={(e) => onInput(e.detail.value)}
        />
        <View
          className={`btn field__send ${hooks.send} ${code.canSend ? '' : 'btn--disabled'}`}
          ariaRole="button"
          aria-disabled={code.canSend ? 'false' : 'true'}
          onClick={() => code.canSend && onSend()}
        >
          {label}
        </View>
      </View>
      {code.sentTo ? (
        <Text className={`field__note ${hooks.sent}`}>验证码已发送至 {code.sentTo}，请查看短信</Text>
      ) : null}
    </>
  );
}
