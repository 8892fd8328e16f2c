import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { MandateList, MandateReadbackSent } from '@zsb/contracts';
import { asApiError } from '@/api/errors';
import { mandatesApi } from '@/api/mandates';
import { Field } from '@/components/Field';
import { EMPTY_SCOPE, requestBody, requestProblems, type RequestForm as Form } from '../lib/mandateForm';
import { KindChoice } from './KindChoice';
import { MatterPicker } from './MatterPicker';
import { ScopeChoice } from './ScopeChoice';
import { ProblemNotice } from './ProblemNotice';

interface Props {
  centers: MandateList['agentCenters'];
  /** The code went out (if the person was found): what was asked, and the request to confirm. */
  onSent: (sent: MandateReadbackSent, form: Form) => void;
}

/** 代办申请: who the principal is (from their ID card), what they let you do; then a code goes to their own phone. */
export function RequestForm({ centers, onSent }: Props) {
  const [form, setForm] = useState<Form>({
    ...EMPTY_SCOPE,
    as: centers.length === 0 ? 'family' : null,
    centerId: null,
    name: '',
    idNumber: '',
    phone: '',
  });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problems = tried ? requestProblems(form) : {};
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  const send = async () => {
    setTried(true);
    if (busy || Object.keys(requestProblems(form)).length > 0) return;
    setBusy(true);
    setProblem(null);
    try {
      onSent((await mandatesApi.request(requestBody(form))).data, form);
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="section e2e-request-intro">
        <Text className="md-title">帮没有智能手机的人办</Text>
        <Text className="muted md-lead">
          请在对方身边填写。验证码会发到对方本人实名登记的手机上（老人机也能收），请对方把验证码念给您，就算对方同意了。
        </Text>
      </View>
      {centers.length > 0 && (
        <KindChoice
          kind={form.as}
          centerId={form.centerId}
          centers={centers}
          onChange={(as, centerId) => set({ as, centerId })}
          problem={problems.as}
        />
      )}
      <View className="section md-part e2e-request-who">
        <Text className="md-q">委托人（请对照对方的身份证填写）</Text>
        <Field label="姓名" problem={problems.name}>
          <Input
            className="field__input e2e-request-name"
            type="text"
            value={form.name}
            maxlength={20}
            placeholder="身份证上的姓名"
            onInput={(e) => set({ name: e.detail.value })}
          />
        </Field>
        <Field label="身份证号码" problem={problems.idNumber}>
          <Input
            className="field__input e2e-request-id-number"
            type="idcard"
            value={form.idNumber}
            maxlength={18}
            placeholder="18 位，最后一位可能是 X"
            onInput={(e) => set({ idNumber: e.detail.value })}
          />
        </Field>
        <Field
          label="手机号（可以不填）"
          hint="对方从没用过掌上办时才需要，必须是对方本人名下的手机号"
          problem={problems.phone}
        >
          <Input
            className="field__input e2e-request-phone"
            type="number"
            value={form.phone}
            maxlength={11}
            placeholder="对方本人的手机号"
            onInput={(e) => set({ phone: e.detail.value })}
          />
        </Field>
      </View>
      <MatterPicker chosen={form.matters} onChange={(matters) => set({ matters })} problem={problems.matters} />
      <ScopeChoice
        level={form.level}
        days={form.days}
        onLevel={(level) => set({ level })}
        onDays={(days) => set({ days })}
        problems={problems}
      />
      <ProblemNotice problem={problem} hook="e2e-request-problem" />
      <View className="md-actions">
        <View
          className={`btn btn--primary md-wide e2e-request-send ${busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void send()}
        >
          {busy ? '正在发送…' : '发送验证码到对方手机'}
        </View>
      </View>
    </>
  );
}
