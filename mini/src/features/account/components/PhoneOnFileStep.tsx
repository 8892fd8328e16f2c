import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Field } from '@/components/Field';
import { SmsCodeRow } from '@/components/SmsCodeRow';
import type { PhoneOnFileState } from '../hooks/usePhoneOnFile';

interface Props {
  phoneMasked: string;
  state: PhoneOnFileState;
  /** Why the last try did not go through, shown above the button. */
  refusal: ReactNode;
  onWindow: () => void;
  onBack: () => void;
}

/**
 * The ID number is already verified in 掌上办 with another phone: a code to that phone shows it is the same person.
 * Whoever no longer has that phone goes to a window.
 */
export function PhoneOnFileStep({ phoneMasked, state, refusal, onWindow, onBack }: Props) {
  return (
    <View className="e2e-id-onfile">
      <View className="section">
        <Text className="section__title">确认是您本人</Text>
        <Text className="id-text">
          这个身份证号以前在掌上办实名认证过，当时留的手机号是{' '}
          <Text className="id-strong e2e-id-onfile-phone">{phoneMasked}</Text>。
        </Text>
        <Text className="id-text">请给这个号码发验证码，把收到的 6 位数字填在下面。</Text>
        <Field label={`${phoneMasked} 收到的验证码`} problem={state.problem}>
          <SmsCodeRow
            value={state.smsCode}
            onInput={state.type}
            code={state.code}
            onSend={() => void state.send()}
            sendLabel="发验证码"
            hooks={{ input: 'e2e-id-onfile-code', send: 'e2e-id-onfile-send', sent: 'e2e-id-onfile-sent' }}
          />
        </Field>
        <Text className="id-text muted">
          确认后，留在掌上办的手机号换成您刚才验证的号码，原号码会收到一条提醒短信。
        </Text>
      </View>
      {refusal}
      <View className="account-actions">
        <View
          className={`btn btn--primary account-submit e2e-id-onfile-submit ${state.confirming ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void state.confirm()}
        >
          {state.confirming ? '正在确认…' : '确认是本人'}
        </View>
        <View className="account-link e2e-id-onfile-window" ariaRole="button" onClick={onWindow}>
          <Text>{phoneMasked} 已经不用了？到窗口核验 ›</Text>
        </View>
        <View className="account-link e2e-id-onfile-back" ariaRole="button" onClick={onBack}>
          <Text>‹ 返回修改填写的信息</Text>
        </View>
      </View>
    </View>
  );
}
