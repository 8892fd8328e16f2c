import { useState } from 'react';
import type { IdentityRequest, IdentityResult } from '@zsb/contracts';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { meApi } from '@/api/me';
import { useSmsCode } from '@/hooks/useSmsCode';
import { checkForm, isPhone, type FieldProblems, type IdentityForm } from '@/lib/identityChecks';
import {
  afterSubmitError,
  incompleteForm,
  type ErrorFacts,
  type IdentitySource,
  type Reaction,
} from '../lib/identityFlow';

const EMPTY: IdentityForm = { name: '', idNumber: '', phone: '', smsCode: '', consent: false };

export const factsOf = (e: ApiError): ErrorFacts => ({
  code: e.code,
  message: e.message,
  requestId: e.requestId,
  noAnswer: gotNoAnswer(e),
  details: e.details,
  phoneOnFileMasked: e.phoneOnFileMasked,
});

interface Handlers {
  onVerified: (result: IdentityResult) => void;
  onRefused: (reaction: Reaction) => void;
}

/**
 * The 实名认证 form: what the resident typed (kept through every refusal), its problems, the code to the phone and
 * 提交认证. Name and ID number are typed, or come locked from the H5 sign-in (`source`).
 */
export function useIdentityForm(initialSource: IdentitySource, { onVerified, onRefused }: Handlers) {
  const [form, setForm] = useState<IdentityForm>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [source, setSource] = useState<IdentitySource>(initialSource);
  const [submitting, setSubmitting] = useState(false);
  const code = useSmsCode();

  const set =
    <K extends keyof IdentityForm>(field: K) =>
    (value: IdentityForm[K]) => {
      setForm((f) => ({ ...f, [field]: value }));
      setProblems((p) => ({ ...p, [field]: undefined }));
      // A code went to the phone that was there before: the note would name the wrong number.
      if (field === 'phone') code.forgetSent();
    };

  /** Marks the problems of a refusal and empties what can no longer be used. */
  const apply = (reaction: Reaction) => {
    setProblems((p) => ({ ...p, ...reaction.problems }));
    if (reaction.clearCode) {
      setForm((f) => ({ ...f, smsCode: '' }));
      code.forgetSent();
    }
    if (reaction.source) setSource(reaction.source);
  };

  const sendCode = async () => {
    if (!isPhone(form.phone)) {
      setProblems((p) => ({ ...p, phone: '请先填写正确的 11 位手机号' }));
      return;
    }
    setProblems((p) => ({ ...p, smsCode: undefined }));
    const refused = await code.send(() => meApi.sendIdentityCode(form.phone));
    if (refused) setProblems((p) => ({ ...p, smsCode: refused.message }));
  };

  /** 换一个手机号: the phone and its code emptied, the rest kept. */
  const changePhone = () => {
    setForm((f) => ({ ...f, phone: '', smsCode: '' }));
    setProblems((p) => ({ ...p, phone: undefined, smsCode: undefined }));
    code.forgetSent();
  };

  const submit = async () => {
    if (submitting) return;
    const found = checkForm(form, source === 'sign-in');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      onRefused(incompleteForm(found));
      return;
    }
    const body: IdentityRequest =
      source === 'sign-in'
        ? { useSignInIdentity: true, phone: form.phone, smsCode: form.smsCode, consent: form.consent }
        : {
            name: form.name.trim(),
            idNumber: form.idNumber.trim().toUpperCase(),
            phone: form.phone,
            smsCode: form.smsCode,
            consent: form.consent,
          };
    setSubmitting(true);
    try {
      onVerified((await meApi.verifyIdentity(body)).data);
    } catch (err) {
      const reaction = afterSubmitError(factsOf(asApiError(err)), source);
      apply(reaction);
      onRefused(reaction);
    } finally {
      setSubmitting(false);
    }
  };

  return { form, problems, source, submitting, code, set, sendCode, changePhone, submit, apply };
}

export type IdentityFormState = ReturnType<typeof useIdentityForm>;
