import { useRef, useState } from 'react';
import type { FeedbackCaseKind, FeedbackRequest, Upload } from '@zsb/contracts';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { feedbackApi } from '@/api/feedback';
import { keepKeyAfter, keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';
import { replace } from '@/navigate';
import type { UploadMeta } from '@/stores/applyDrafts';
import {
  buildCaseRequest,
  buildConsultRequest,
  emptyCaseForm,
  isCaseComplete,
  MAX_PHOTOS,
  textProblem,
  type CaseForm,
  type FeedbackLinks,
} from '../lib/feedbackForm';

/** One send (or its retry with the same Idempotency-Key) at a time; done, the case's page replaces the form. */
function useSend() {
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  // One key per attempt, kept across retries of it: a timeout may hide a report that was filed.
  const kept = useRef<KeyedAttempt | null>(null);

  const send = async (body: FeedbackRequest) => {
    if (sending) return;
    kept.current = keyForAttempt(kept.current, JSON.stringify(body));
    setSending(true);
    setRefusal(null);
    try {
      const { data } = await feedbackApi.submit(body, kept.current.key);
      // Replace: back from the case must not open the form again.
      replace('feedback', { id: data.id, done: '1' });
    } catch (err) {
      const e = asApiError(err);
      if (!keepKeyAfter({ status: e.status, noAnswer: gotNoAnswer(e) })) kept.current = null;
      setRefusal(e);
    } finally {
      setSending(false);
    }
  };
  return { sending, refusal, send };
}

/** 反映办不成事: the kind, the words, the photos. */
export function useCaseForm(links: FeedbackLinks, kind: FeedbackCaseKind | null) {
  const [form, setForm] = useState<CaseForm>(() => emptyCaseForm(kind));
  const [uploads, setUploads] = useState<Record<string, UploadMeta>>({});
  const [photosBusy, setPhotosBusy] = useState(false);
  const { sending, refusal, send } = useSend();

  const setKind = (k: FeedbackCaseKind) => setForm((f) => ({ ...f, kind: k }));
  const setText = (text: string) => setForm((f) => ({ ...f, text }));
  const addPhoto = (upload: Upload) => {
    setUploads((u) => ({ ...u, [upload.id]: { name: upload.name, kind: upload.kind, size: upload.size } }));
    setForm((f) => ({ ...f, photos: [...f.photos, upload.id].slice(0, MAX_PHOTOS) }));
  };
  const removePhoto = (id: string) => setForm((f) => ({ ...f, photos: f.photos.filter((p) => p !== id) }));

  const ready = isCaseComplete(form) && !photosBusy;
  const submit = async () => {
    if (ready) await send(buildCaseRequest(links, form));
  };

  return {
    form,
    uploads,
    photosBusy,
    ready,
    sending,
    refusal,
    setKind,
    setText,
    addPhoto,
    removePhoto,
    setPhotosBusy,
    submit,
  };
}

/** 咨询: the question about one matter. */
export function useConsultForm(matterCode: string) {
  const [text, setText] = useState('');
  const { sending, refusal, send } = useSend();
  const ready = textProblem(text) === null;
  const submit = async () => {
    if (ready) await send(buildConsultRequest(matterCode, text));
  };
  return { text, setText, ready, sending, refusal, submit };
}
