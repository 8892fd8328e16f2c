import { useState } from 'react';
import type { ApplicationInput } from '@zsb/contracts';
import { asApiError, type ApiError } from '@/api/errors';
import { byField, checkAll, contentHash, stepOfField, type ApplyStep, type FormShape } from '@/lib/applicationForm';
import { randomId } from '@/lib/randomId';
import { askProgressMessages } from '@/lib/subscribe';
import type { FlowDraft, SubmitAttempt } from '@/stores/applyDrafts';
import { toast } from '@/lib/feedback';

export type FlowInput = Pick<ApplicationInput, 'values' | 'materials' | 'delivery'>;

interface Options<D extends FlowDraft> {
  form: FormShape;
  /** What is applied for: a matter code, or `theme:<id>` (part of the content the key stands for). */
  subject: string;
  draft: D;
  keep: (change: (d: D) => D) => void;
  /** Stops draft saves while the application is sent (and resumes them if it was not). */
  pauseSaving?: () => Promise<void>;
  resumeSaving?: () => void;
  /** The POST with the attempt's key; on success it cleans up and leaves the page. */
  send: (input: FlowInput, attempt: SubmitAttempt) => Promise<void>;
  goTo: (step: ApplyStep) => void;
  showErrors: (errors: Record<string, string>) => void;
}

/** What is submitted: the open fields that have something in them, the materials, the delivery. */
export function inputOf(draft: Pick<FlowDraft, 'values' | 'materials' | 'delivery'>): FlowInput {
  const values = Object.fromEntries(Object.entries(draft.values).filter(([, v]) => v.trim() !== ''));
  return { values, materials: draft.materials, delivery: draft.delivery };
}

/**
 * 提交申请 (one matter, or a theme's linked applications): checked on the phone first; the subscription question
 * (WeChat, Alipay) straight from the tap; then one POST with an Idempotency-Key made for this content and kept on
 * the phone, so a retry after a dropped answer — even after the app was closed — gets the first result back
 * instead of a second one.
 */
export function useSubmit<D extends FlowDraft>({
  form,
  subject,
  draft,
  keep,
  pauseSaving,
  resumeSaving,
  send,
  goTo,
  showErrors,
}: Options<D>) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = () => {
    if (submitting) return;
    const input = inputOf(draft);
    const problems = checkAll(form, input);
    if (problems.length) {
      showErrors(byField(problems));
      goTo(stepOfField(problems[0].field));
      toast(problems[0].message);
      return;
    }
    const hash = contentHash(subject, input);
    const retrying = draft.attempt?.hash === hash ? draft.attempt : null;
    // Asked only once per attempt, and before any await: WeChat shows the prompt only from the tap itself.
    const asked = retrying ? Promise.resolve(retrying.notify) : askProgressMessages();
    setSubmitting(true);
    setError(null);
    void (async () => {
      const attempt = retrying ?? { key: randomId('ap'), hash, notify: await asked };
      keep((d) => ({ ...d, attempt }));
      await pauseSaving?.();
      try {
        await send(input, attempt);
      } catch (err) {
        resumeSaving?.();
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
