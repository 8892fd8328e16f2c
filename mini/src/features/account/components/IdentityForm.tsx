import { Input, View } from '@tarojs/components';
import type { ResidentProfile } from '@zsb/contracts';
import { Field } from '@/components/Field';
import { SmsCodeRow } from '@/components/SmsCodeRow';
import type { IdentityFormState } from '../hooks/useIdentityForm';
import { ConsentNote } from './ConsentNote';
import { LockedIdentity } from './LockedIdentity';

interface Props {
  profile: ResidentProfile;
  state: IdentityFormState;
}

/** Name and ID number (typed, or locked from the H5 sign-in), the phone in the resident's own name, its code, the consent. */
export function IdentityForm({ profile, state }: Props) {
  const { form, problems, set } = state;
  const fromSignIn = state.source === 'sign-in' && profile.signInIdentity;
  return (
    <>
      <View className="section">
        {fromSignIn ? (
          <LockedIdentity identity={fromSignIn} />
        ) : (
          <>
            <Field label="姓名" problem={problems.name}>
              <Input
                className="field__input e2e-id-name"
                value={form.name}
                placeholder="身份证上的姓名"
                maxlength={30}
                onInput={(e) => set('name')(e.detail.value)}
              />
            </Field>
            <Field label="身份证号" problem={problems.idNumber}>
              <Input
                className="field__input e2e-id-number"
                type="idcard"
                value={form.idNumber}
                placeholder="18 位，最后一位可能是 X"
                maxlength={18}
                onInput={(e) => set('idNumber')(e.detail.value)}
              />
            </Field>
          </>
        )}
        <Field
          label="手机号"
          problem={problems.phone}
          hint={
            fromSignIn
              ? `要用您本人身份证办的手机号（统一身份认证登记的是 ${fromSignIn.phoneMasked}）`
              : '要用您本人身份证办的手机号'
          }
        >
          <Input
            className="field__input e2e-id-phone"
            type="number"
            value={form.phone}
            placeholder="本人名下的手机号"
            maxlength={11}
            onInput={(e) => set('phone')(e.detail.value)}
          />
        </Field>
        <Field label="验证码" problem={problems.smsCode}>
          <SmsCodeRow
            value={form.smsCode}
            onInput={set('smsCode')}
            code={state.code}
            onSend={() => void state.sendCode()}
            hooks={{ input: 'e2e-id-code', send: 'e2e-id-send', sent: 'e2e-id-sent' }}
          />
        </Field>
      </View>
      <ConsentNote agreed={form.consent} problem={problems.consent} onChange={set('consent')} />
    </>
  );
}
