import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApplicationForm, ApplicationInput } from '@zsb/contracts';
import { applicationsApi } from '../../../api/applications';
import { asApiError, type ApiError } from '../../../api/errors';
import { byField, checkAll, contentHash, stepOfField, type ApplyStep } from '../../../lib/applicationForm';
import { randomId } from '../../../lib/randomId';
import { askProgressMessages } from '../../../lib/subscribe';
import { urlFor } from '../../../routes';
import { rememberAddress, removeLocalDraft, type LocalDraft } from '../../../stores/applyDrafts';

interface Options {
  form: ApplicationForm;
  draft: LocalDraft;
  keep: (change: (d: LocalDraft) => LocalDraft) => void;
  /** Stops draft saves while the application is sent (and resumes them if it was not). */
  pauseSaving: () => Promise<void>;
  resumeSaving: () => void;
  goTo: (step: ApplyStep) => void;
  showErrors: (errors: Record<string, string>) => void;
}

/** What is submitted: the open fields that have something in them, the materials, the delivery. */
export function inputOf(draft: LocalDraft): ApplicationInput {
  const values = Object.fromEntries(Object.entries(draft.values).filter(([, v]) => v.trim() !== ''));
  return { matterCode: draft.matterCode, values, materials: draft.materials, delivery: draft.delivery };
}

/**
 * 提交申请: checked on the phone first; the subscription question (WeChat, Alipay) straight from the tap; then one
 * POST with an Idempotency-Key made for this content and kept on the phone, so a retry after a dropped answer
 * — even after the app was closed — gets the first application back instead of a second one.
 */
export function useSubmit({ form, draft, keep, pauseSaving, resumeSaving, goTo, showErrors }: Options) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = () => {
    if (submitting) return;
    const input = inputOf(draft);
    const problems = checkAll(form, input);
    if (problems.length) {
      showErrors(byField(problems));
      goTo(stepOfField(problems[0].field));
      void Taro.showToast({ title: problems[0].message, icon: 'none' });
      return;
    }
    const hash = contentHash(input);
    const retrying = draft.attempt?.hash === hash ? draft.attempt : null;
    // Asked only once per attempt, and before any await: WeChat shows the prompt only from the tap itself.
    const asked = retrying ? Promise.resolve(retrying.notify) : askProgressMessages();
    setSubmitting(true);
    setError(null);
    void (async () => {
      const attempt = retrying ?? { key: randomId('ap'), hash, notify: await asked };
      keep((d) => ({ ...d, attempt }));
      await pauseSaving();
      try {
        const res = await applicationsApi.submit({ ...input, draftId: draft.id, notify: attempt.notify }, attempt.key);
        removeLocalDraft(draft.id);
        if (input.delivery?.method === 'mail' && input.delivery.address)
          rememberAddress(draft.residentId, input.delivery.address);
        void Taro.redirectTo({ url: urlFor('applyDone', { id: res.data.id }) });
      } catch (err) {
        resumeSaving();
        const e = asApiError(err);
        // The server answered "no": a new try is a new attempt. Without an answer the outcome is unknown: keep it.
        if (e.status !== null && e.status < 500) keep((d) => ({ ...d, attempt: null }));
        if (e.code === 'VALIDATION_FAILED' && e.details.length) {
          showErrors(byField(e.details));
          goTo(stepOfField(e.details[0].field));
        } else if (e.code === 'LICENCE_CONSENT_REQUIRED' || e.code === 'UPLOAD_NOT_FOUND') {
          goTo('materials');
        }
        setError(e);
        setSubmitting(false);
      }
    })();
  };

  return { submit, submitting, error, clearError: () => setError(null) };
}
