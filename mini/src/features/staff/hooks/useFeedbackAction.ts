import { useRef, useState } from 'react';
import type { StaffFeedback } from '@zsb/contracts';
import { staffFeedbackApi } from '@/api/feedback';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { keepKeyAfter, keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';
import { buildFeedbackAction, feedbackNoteProblem, type FeedbackActionKind } from '../lib/feedbackActions';

/** 记录办理情况 or 书面答复 of one case: the clerk's choice and note, then one send (or its retry) at a time. */
export function useFeedbackAction(id: string, onDone: (updated: StaffFeedback) => void) {
  const [action, setAction] = useState<FeedbackActionKind | null>(null);
  const [note, setNoteValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  // One key per attempt, kept across retries of it: a timeout may hide an answer that was recorded.
  const kept = useRef<KeyedAttempt | null>(null);

  const choose = (next: FeedbackActionKind | null) => {
    setAction(next);
    setProblem(null);
    setRefusal(null);
  };
  const setNote = (v: string) => {
    setNoteValue(v);
    setProblem(null);
  };

  const submit = async () => {
    if (!action || sending) return;
    const body = buildFeedbackAction(action, note);
    if (!body) {
      setProblem(feedbackNoteProblem(action, note));
      return;
    }
    kept.current = keyForAttempt(kept.current, JSON.stringify([id, body]));
    setSending(true);
    setRefusal(null);
    try {
      const { data } = await staffFeedbackApi.act(id, body, kept.current.key);
      setAction(null);
      setNoteValue('');
      onDone(data);
    } catch (err) {
      const e = asApiError(err);
      if (!keepKeyAfter({ status: e.status, noAnswer: gotNoAnswer(e) })) kept.current = null;
      setRefusal(e);
    } finally {
      setSending(false);
    }
  };

  return { action, note, problem, sending, refusal, choose, setNote, submit };
}
