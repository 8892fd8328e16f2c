import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { asApiError } from '@/api/errors';
import { mandatesApi } from '@/api/mandates';
import { Field } from '@/components/Field';
import { smsCodeProblem } from '@/lib/identityChecks';
import { ProblemNotice } from './ProblemNotice';

interface Props {
  requestId: string;
  principalName: string;
  onConfirmed: (m: Mandate) => void;
  /** Back to the form, to correct the name or ID number, or add a phone. */
  onEdit: () => void;
}

/** 请对方把收到的验证码念给您: the helper types what the principal reads out. */
export function ReadBack({ requestId, principalName, onConfirmed, onEdit }: Props) {
  const [code, setCode] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const codeProblem = tried ? smsCodeProblem(code) : undefined;

  const confirm = async () => {
    setTried(true);
    if (busy || smsCodeProblem(code)) return;
    setBusy(true);
    setProblem(null);
    try {
      onConfirmed((await mandatesApi.confirm(requestId, code)).data);
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="section e2e-request-readback">
        <Text className="md-title">请对方把收到的验证码念给您</Text>
        <Text className="md-lead">
          验证码已发到 {principalName} 本人实名登记的手机上，短信里写了您的名字和要委托的事。请对方看清楚、同意了，再把
          6 位验证码念给您。
        </Text>
        <Field label="对方念的验证码" problem={codeProblem}>
          <Input
            className="field__input e2e-request-code"
            type="number"
            value={code}
            maxlength={6}
            placeholder="6 位数字"
            onInput={(e) => setCode(e.detail.value)}
          />
        </Field>
        <Text className="muted md-lead">
          对方没收到短信？请核对姓名和身份证号码；对方从没用过掌上办的，要填对方本人名下的手机号。
        </Text>
      </View>
      <ProblemNotice problem={problem} hook="e2e-request-problem" />
      <View className="md-actions">
        <View
          className={`btn btn--primary md-wide e2e-request-confirm ${busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void confirm()}
        >
          {busy ? '正在确认…' : '确认委托'}
        </View>
        <View className="btn md-wide e2e-request-edit" ariaRole="button" onClick={onEdit}>
          改填委托人信息
        </View>
      </View>
    </>
  );
}
