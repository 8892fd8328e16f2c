import { useState } from 'react';
import type { StaffScopes, WindowIdentityCheck } from '@zsb/contracts';
import { asApiError, gotNoAnswer } from '@/api/errors';
import { staffApi } from '@/api/staff';
import { useSmsCode } from '@/hooks/useSmsCode';
import { phoneProblem } from '@/lib/identityChecks';
import {
  checkWindowForm,
  EMPTY_WINDOW_CHECK,
  readWindowCode,
  windowRefusal,
  type WindowCheckForm,
  type WindowCheckProblems,
  type WindowRefusal,
} from '../lib/windowCheck';

export type WindowCheckOutcome =
  { kind: 'ok'; result: WindowIdentityCheck } | { kind: 'refused'; refusal: WindowRefusal };

const refusalOf = (err: unknown): WindowRefusal => {
  const e = asApiError(err);
  return windowRefusal({ code: e.code, message: e.message, noAnswer: gotNoAnswer(e), details: e.details });
};

/** 窗口核验身份: the form the clerk fills in, the code to the resident's phone, the check and its answer. */
export function useWindowCheck(centers: StaffScopes['centers']) {
  const onlyCenter = centers.length === 1 ? centers[0].id : '';
  const [form, setForm] = useState<WindowCheckForm>({ ...EMPTY_WINDOW_CHECK, centerId: onlyCenter });
  const [problems, setProblems] = useState<WindowCheckProblems>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WindowCheckOutcome | null>(null);
  const sms = useSmsCode();

  const set =
    <K extends keyof WindowCheckForm>(field: K) =>
    (value: WindowCheckForm[K]) => {
      setForm((f) => ({ ...f, [field]: value }));
      setProblems((p) => ({ ...p, [field]: undefined }));
      if (field === 'phone') sms.forgetSent();
    };

  /** A scanned or typed window code: kept when it looks like one, otherwise said why at the box. */
  const takeCode = async (text: string): Promise<boolean> => {
    const reading = readWindowCode(text);
    if ('problem' in reading) {
      setProblems((p) => ({ ...p, windowCode: reading.problem }));
      return false;
    }
    set('windowCode')(reading.code);
    return true;
  };

  const sendSms = async () => {
    const bad = phoneProblem(form.phone);
    if (bad) {
      setProblems((p) => ({ ...p, phone: bad }));
      return;
    }
    setProblems((p) => ({ ...p, smsCode: undefined }));
    const refused = await sms.send(() => staffApi.sendWindowPhoneCode(form.phone));
    if (refused) setProblems((p) => ({ ...p, smsCode: refused.message }));
  };

  const submit = async () => {
    if (busy) return;
    const found = checkWindowForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { data } = await staffApi.checkIdentity({
        ...form,
        name: form.name.trim(),
        idNumber: form.idNumber.trim().toUpperCase(),
        idCardChecked: true,
      });
      setOutcome({ kind: 'ok', result: data });
    } catch (err) {
      const refusal = refusalOf(err);
      setOutcome({ kind: 'refused', refusal });
      setProblems(refusal.problems);
      if (refusal.clearWindowCode) setForm((f) => ({ ...f, windowCode: '' }));
    } finally {
      setBusy(false);
    }
  };

  /** 核验下一位: everything but the center emptied. */
  const next = () => {
    setForm((f) => ({ ...EMPTY_WINDOW_CHECK, centerId: f.centerId }));
    setProblems({});
    setOutcome(null);
    sms.forgetSent();
  };

  return { form, problems, busy, outcome, sms, set, takeCode, sendSms, submit, next };
}

export type WindowCheckState = ReturnType<typeof useWindowCheck>;
