import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Mandate, MandateInviteInfo } from '@zsb/contracts';
import { MANDATE_KIND_LABELS } from '@zsb/domain';
import { asApiError, gotNoAnswer } from '@/api/errors';
import { mandatesApi } from '@/api/mandates';
import { Field } from '@/components/Field';
import { SmsCodeRow } from '@/components/SmsCodeRow';
import { useSmsCode } from '@/hooks/useSmsCode';
import { keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';
import { smsCodeProblem } from '@/lib/identityChecks';
import { randomId } from '@/lib/randomId';
import { EMPTY_SCOPE, scopeBody, scopeProblems, type ScopeChoice as Scope } from '../lib/mandateForm';
import { MatterPicker } from './MatterPicker';
import { ScopeChoice } from './ScopeChoice';
import { ProblemNotice } from './ProblemNotice';

interface Props {
  token: string;
  info: MandateInviteInfo;
  onGranted: (m: Mandate) => void;
}

/** 确认委托 on the principal's own phone: who asks, which matters, what they may do, how long; the code to my phone. */
export function GrantForm({ token, info, onGranted }: Props) {
  const [scope, setScope] = useState<Scope>(EMPTY_SCOPE);
  const [code, setCode] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const sms = useSmsCode();
  const key = useRef<KeyedAttempt | null>(null);

  const problems = tried ? scopeProblems(scope) : {};
  const codeProblem = tried ? smsCodeProblem(code) : undefined;

  const sendCode = async () => {
    setProblem(null);
    const refused = await sms.send(() => mandatesApi.sendGrantCode(token));
    if (refused) setProblem(refused.message);
  };

  const submit = async () => {
    setTried(true);
    if (busy || Object.keys(scopeProblems(scope)).length > 0 || smsCodeProblem(code)) return;
    const body = { ...scopeBody(scope), inviteToken: token, code };
    key.current = keyForAttempt(key.current, JSON.stringify({ ...body, code: undefined }), () => randomId('mg'));
    setBusy(true);
    setProblem(null);
    try {
      onGranted((await mandatesApi.grant(body, key.current.key)).data);
    } catch (err) {
      const e = asApiError(err);
      if (!gotNoAnswer(e)) key.current = null;
      setProblem(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="section e2e-grant-who">
        <Text className="md-title e2e-grant-helper">{info.helperName} 请您委托TA办事</Text>
        <Text className="md-card__line">
          {MANDATE_KIND_LABELS[info.kind]}
          {info.centerName ? ` · ${info.centerName}` : ''}
        </Text>
        <Text className="muted md-lead">
          请确认这是您认识、信得过的人。委托以后，TA 只能办您选的事，到期自动失效，您也可以随时撤销。
        </Text>
      </View>
      <MatterPicker
        chosen={scope.matters}
        onChange={(matters) => setScope({ ...scope, matters })}
        problem={problems.matters}
      />
      <ScopeChoice
        level={scope.level}
        days={scope.days}
        onLevel={(level) => setScope({ ...scope, level })}
        onDays={(days) => setScope({ ...scope, days })}
        problems={problems}
      />
      <View className="section md-part">
        <Field label="验证码" hint="验证码发到您本人实名登记的手机上" problem={codeProblem}>
          <SmsCodeRow
            value={code}
            onInput={setCode}
            code={sms}
            onSend={() => void sendCode()}
            hooks={{ input: 'e2e-grant-code', send: 'e2e-grant-send', sent: 'e2e-grant-sent' }}
          />
        </Field>
      </View>
      <ProblemNotice problem={problem} hook="e2e-grant-problem" />
      <View className="md-actions">
        <View
          className={`btn btn--primary md-wide e2e-grant-submit ${busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void submit()}
        >
          {busy ? '正在确认…' : '确认委托'}
        </View>
      </View>
    </>
  );
}
