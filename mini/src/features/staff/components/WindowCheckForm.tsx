import { Input, Text, View } from '@tarojs/components';
import type { StaffScopes } from '@zsb/contracts';
import { CheckBox } from '@/components/CheckBox';
import { Field } from '@/components/Field';
import { SmsCodeRow } from '@/components/SmsCodeRow';
import { formatWindowCode } from '@/lib/format';
import type { WindowCheckState } from '../hooks/useWindowCheck';
import { CenterChoice } from './CenterChoice';
import { CodeEntry } from './CodeEntry';

const CODE_WORDS = {
  manualLabel: '输入群众手机上显示的 8 位核验码',
  placeholder: '8 位数字',
  submit: '确定',
  busy: '请稍候…',
  scan: '扫群众的核验码',
};

/** Step by step as it happens at the counter: the code, the ID card, the phone and its code, the in-person check. */
export function WindowCheckForm({ centers, state }: { centers: StaffScopes['centers']; state: WindowCheckState }) {
  const { form, problems, set } = state;
  return (
    <>
      <View className="section st-head">
        <Text className="section__title">窗口核验身份</Text>
        <CenterChoice centers={centers} value={form.centerId} problem={problems.centerId} onChange={set('centerId')} />
      </View>

      <View className="section">
        <Text className="section__title st-step">1 群众的核验码</Text>
        {form.windowCode ? (
          <View className="st-code-row">
            <Text className="st-code e2e-idcheck-code">{formatWindowCode(form.windowCode)}</Text>
            <View className="st-link e2e-idcheck-code-change" ariaRole="button" onClick={() => set('windowCode')('')}>
              重新输入
            </View>
          </View>
        ) : (
          <>
            <Text className="muted st-head__hint">请群众打开“掌上办 › 我的 › 实名认证”，点“到窗口核验”。</Text>
            <CodeEntry
              busy={false}
              onCode={state.takeCode}
              hook="idcheck-code"
              words={CODE_WORDS}
              typeable
              inputType="number"
            />
          </>
        )}
        {problems.windowCode ? (
          <Text className="st-field-problem e2e-idcheck-code-problem">{problems.windowCode}</Text>
        ) : null}
      </View>

      <View className="section">
        <Text className="section__title st-step">2 对照身份证原件填写</Text>
        <Field label="姓名" problem={problems.name}>
          <Input
            className="field__input e2e-idcheck-name"
            value={form.name}
            placeholder="身份证上的姓名"
            maxlength={30}
            onInput={(e) => set('name')(e.detail.value)}
          />
        </Field>
        <Field label="身份证号" problem={problems.idNumber}>
          <Input
            className="field__input e2e-idcheck-number"
            type="idcard"
            value={form.idNumber}
            placeholder="18 位，最后一位可能是 X"
            maxlength={18}
            onInput={(e) => set('idNumber')(e.detail.value)}
          />
        </Field>
      </View>

      <View className="section">
        <Text className="section__title st-step">3 群众要留的手机号</Text>
        <Field label="手机号" problem={problems.phone} hint="可以是子女的号码；验证码发到这个号码">
          <Input
            className="field__input e2e-idcheck-phone"
            type="number"
            value={form.phone}
            placeholder="11 位手机号"
            maxlength={11}
            onInput={(e) => set('phone')(e.detail.value)}
          />
        </Field>
        <Field label="验证码" problem={problems.smsCode} hint="请群众把收到的 6 位数字读给您">
          <SmsCodeRow
            value={form.smsCode}
            onInput={set('smsCode')}
            code={state.sms}
            onSend={() => void state.sendSms()}
            sendLabel="发送验证码"
            hooks={{ input: 'e2e-idcheck-sms', send: 'e2e-idcheck-send', sent: 'e2e-idcheck-sent' }}
          />
        </Field>
      </View>

      <View className={`section ${problems.idCardChecked ? 'field--bad' : ''}`}>
        <CheckBox
          className="e2e-idcheck-card"
          checked={form.idCardChecked}
          label="已当面核对身份证原件与本人"
          onChange={set('idCardChecked')}
        />
        {problems.idCardChecked ? <Text className="st-field-problem">{problems.idCardChecked}</Text> : null}
      </View>

      <View className="st-actions">
        <View
          className={`btn btn--primary e2e-idcheck-submit ${state.busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void state.submit()}
        >
          {state.busy ? '正在核验…' : '核验并提交'}
        </View>
        <Text className="muted st-actions__note">提交后记录您和所在中心；群众原来的手机号会收到短信告知。</Text>
      </View>
    </>
  );
}
