import { useState } from 'react';
import type { IdentityResult } from '@zsb/contracts';
import { asApiError } from '@/api/errors';
import { meApi } from '@/api/me';
import { useSmsCode } from '@/hooks/useSmsCode';
import { smsCodeProblem } from '@/lib/identityChecks';
import { afterPhoneOnFileError, type Reaction } from '../lib/identityFlow';
import { factsOf } from './useIdentityForm';

interface Handlers {
  onVerified: (result: IdentityResult) => void;
  onRefused: (reaction: Reaction) => void;
}

/** The step after IDENTITY_PHONE_PROOF_REQUIRED: a code to the phone on file, typed back to prove it is the same person. */
export function usePhoneOnFile({ onVerified, onRefused }: Handlers) {
  const [smsCode, setSmsCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const code = useSmsCode();

  const refused = (err: unknown) => {
    const reaction = afterPhoneOnFileError(factsOf(asApiError(err)));
    setProblem(reaction.problems.smsCode);
    if (reaction.clearCode) setSmsCode('');
    onRefused(reaction);
  };

  const send = async () => {
    setProblem(undefined);
    const error = await code.send(meApi.sendPhoneOnFileCode);
    if (error) refused(error);
  };

  const confirm = async () => {
    if (confirming) return;
    const bad = smsCodeProblem(smsCode);
    setProblem(bad);
    if (bad) return;
    setConfirming(true);
    try {
      onVerified((await meApi.confirmPhoneOnFile(smsCode)).data);
    } catch (err) {
      refused(err);
    } finally {
      setConfirming(false);
    }
  };

  const type = (value: string) => {
    setSmsCode(value);
    setProblem(undefined);
  };

  return { smsCode, problem, confirming, code, send, confirm, type };
}

export type PhoneOnFileState = ReturnType<typeof usePhoneOnFile>;
