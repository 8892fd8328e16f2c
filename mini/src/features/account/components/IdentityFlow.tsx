import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { IdentityResult, ResidentProfile } from '@zsb/contracts';
import { go } from '@/navigate';
import { saveSession, updateResident } from '@/stores/session';
import { useIdentityForm } from '../hooks/useIdentityForm';
import { usePhoneOnFile } from '../hooks/usePhoneOnFile';
import { firstStep, sourceFor, type NextAction, type Reaction, type Refusal, type Step } from '../lib/identityFlow';
import { IdentityForm } from './IdentityForm';
import { PhoneOnFileStep } from './PhoneOnFileStep';
import { RefusalCard } from './RefusalCard';
import { VerifiedCard } from './VerifiedCard';
import { WindowCodeStep } from './WindowCodeStep';

/**
 * 实名认证 step by step: the form; after IDENTITY_PHONE_PROOF_REQUIRED the code to the phone on file; 到窗口核验 with a
 * code to show; done. The typed form is kept whichever way the resident goes and comes back.
 */
export function IdentityFlow({ profile }: { profile: ResidentProfile }) {
  const [step, setStep] = useState<Step>(() => firstStep(profile));
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const verified = (result: IdentityResult) => {
    // Another sign-in of this person held the ID number: this one now leads there, with new tokens.
    if (result.session) saveSession(result.session);
    else updateResident(result.resident);
    setRefusal(null);
    setStep({ kind: 'done', resident: result.resident });
  };
  const refused = (reaction: Reaction) => {
    setRefusal(reaction.refusal);
    if (reaction.step) setStep(reaction.step);
  };

  const form = useIdentityForm(sourceFor(profile), { onVerified: verified, onRefused: refused });
  const onFile = usePhoneOnFile({ onVerified: verified, onRefused: refused });

  const open = (next: Step) => {
    setRefusal(null);
    setStep(next);
  };
  const act = (action: NextAction) => {
    if (action === 'phone-on-file') {
      open({ kind: 'phone-on-file', phoneMasked: refusal?.phoneOnFileMasked ?? '预留手机号' });
      // Sent at once: the resident came here for exactly that code.
      void onFile.send();
    } else if (action === 'window') open({ kind: 'window' });
    else if (action === 'change-phone') {
      form.changePhone();
      setRefusal(null);
    } else if (action === 'mine') go('mine');
    // 再试一次 after no answer: the request that got none.
    else if (step.kind === 'phone-on-file') void (onFile.code.sentTo ? onFile.confirm() : onFile.send());
    else void form.submit();
  };

  // A new step starts at its top.
  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  }, [step.kind]);

  if (step.kind === 'done') return <VerifiedCard resident={step.resident} justNow={!profile.verified} />;
  if (step.kind === 'window') return <WindowCodeStep onVerified={verified} onBack={() => open({ kind: 'form' })} />;
  if (step.kind === 'phone-on-file') {
    return (
      <PhoneOnFileStep
        phoneMasked={step.phoneMasked}
        state={onFile}
        refusal={refusal && <RefusalCard refusal={refusal} onAction={act} />}
        onWindow={() => open({ kind: 'window' })}
        onBack={() => open({ kind: 'form' })}
      />
    );
  }

  return (
    <>
      <View className="section account-why">
        <Text className="section__title">为什么要实名认证</Text>
        <Text className="account-why__text">
          办理政务服务要确认是您本人。认证一次，以后查电子证照、预约窗口、网上申请都不用再填身份信息。
        </Text>
      </View>
      <IdentityForm profile={profile} state={form} />
      {refusal && <RefusalCard refusal={refusal} onAction={act} />}
      <View className="account-actions">
        <View
          className={`btn btn--primary account-submit e2e-id-submit ${form.submitting ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void form.submit()}
        >
          {form.submitting ? '正在认证…' : '提交认证'}
        </View>
        <Text className="account-aside">手机号不在本人名下，或不会在手机上认证？</Text>
        <View
          className="account-link account-link--aside e2e-id-go-window"
          ariaRole="button"
          onClick={() => open({ kind: 'window' })}
        >
          <Text>带身份证到窗口核验 ›</Text>
        </View>
      </View>
    </>
  );
}
