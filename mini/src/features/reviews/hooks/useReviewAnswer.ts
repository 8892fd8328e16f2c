import { useRef, useState } from 'react';
import type { Review } from '@zsb/contracts';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { reviewsApi } from '@/api/reviews';
import { keepKeyAfter, keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';

/** 对整改结果 满意 / 不满意 with an optional note: one send (or its retry with the same key) at a time. */
export function useReviewAnswer(reviewId: string, onAnswered: (review: Review) => void) {
  const [note, setNote] = useState('');
  const [sending, setSending] = useState<boolean | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const kept = useRef<KeyedAttempt | null>(null);
  const last = useRef<boolean | null>(null);

  const answer = async (satisfied: boolean) => {
    if (sending !== null) return;
    last.current = satisfied;
    const body = { satisfied, note: note.trim() };
    kept.current = keyForAttempt(kept.current, JSON.stringify([reviewId, body]));
    setSending(satisfied);
    setRefusal(null);
    try {
      const { data } = await reviewsApi.answer(reviewId, body, kept.current.key);
      onAnswered(data);
    } catch (err) {
      const e = asApiError(err);
      if (!keepKeyAfter({ status: e.status, noAnswer: gotNoAnswer(e) })) kept.current = null;
      setRefusal(e);
    } finally {
      setSending(null);
    }
  };

  /** The same answer again after no answer from the server (with the same key). */
  const retry = () => {
    if (last.current !== null) void answer(last.current);
  };

  return { note, setNote, sending, refusal, answer, retry };
}
