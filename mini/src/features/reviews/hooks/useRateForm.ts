import { useRef, useState } from 'react';
import type { BadReason, ReviewLevel, Upload } from '@zsb/contracts';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { reviewsApi } from '@/api/reviews';
import { keepKeyAfter, keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';
import { replace } from '@/navigate';
import type { UploadMeta } from '@/stores/applyDrafts';
import type { RateContext } from '../lib/loadRate';
import { buildRequest, buildRevision, isComplete, MAX_PHOTOS, toggleReason, type ReviewForm } from '../lib/reviewForm';

/** The 评价 form: the resident's choices, the photos, and one send (or its retry) at a time. */
export function useRateForm(ctx: RateContext) {
  const [form, setForm] = useState<ReviewForm>(ctx.initial);
  const [uploads, setUploads] = useState<Record<string, UploadMeta>>({});
  const [photosBusy, setPhotosBusy] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  // One key per attempt, kept across retries of it: a timeout may hide a review that was recorded.
  const kept = useRef<KeyedAttempt | null>(null);

  const change = (patch: Partial<ReviewForm>) => setForm((f) => ({ ...f, ...patch }));
  const setLevel = (level: ReviewLevel) => change({ level });
  const setIndicator = (code: string, level: ReviewLevel) =>
    setForm((f) => ({ ...f, indicators: { ...f.indicators, [code]: level } }));
  const toggle = (reason: BadReason) => setForm((f) => ({ ...f, reasons: toggleReason(f.reasons, reason) }));
  const setContent = (content: string) => change({ content });
  const addPhoto = (upload: Upload) => {
    setUploads((u) => ({ ...u, [upload.id]: { name: upload.name, kind: upload.kind, size: upload.size } }));
    setForm((f) => ({ ...f, photos: [...f.photos, upload.id].slice(0, MAX_PHOTOS) }));
  };
  const removePhoto = (id: string) => setForm((f) => ({ ...f, photos: f.photos.filter((p) => p !== id) }));

  const ready = isComplete(form, ctx.set) && !photosBusy;

  const submit = async () => {
    if (sending || !ready) return;
    const t = ctx.target;
    const send =
      t.kind === 'revise'
        ? (key: string) => reviewsApi.revise(t.reviewId, buildRevision(form, ctx.set), key)
        : (key: string) => reviewsApi.submit(buildRequest(t.subject, form, ctx.set), key);
    const attempt = JSON.stringify([t, buildRevision(form, ctx.set)]);
    kept.current = keyForAttempt(kept.current, attempt);
    setSending(true);
    setRefusal(null);
    try {
      const { data } = await send(kept.current.key);
      // Replace: back from the review must not open the form again.
      replace('review', { id: data.id, done: t.kind === 'revise' ? 'revised' : 'new' });
    } catch (err) {
      const e = asApiError(err);
      if (!keepKeyAfter({ status: e.status, noAnswer: gotNoAnswer(e) })) kept.current = null;
      setRefusal(e);
    } finally {
      setSending(false);
    }
  };

  return {
    form,
    uploads,
    ready,
    sending,
    refusal,
    setLevel,
    setIndicator,
    toggle,
    setContent,
    addPhoto,
    removePhoto,
    setPhotosBusy,
    submit,
  };
}

export type RateFormState = ReturnType<typeof useRateForm>;
