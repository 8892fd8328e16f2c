import { useRef, useState } from 'react';
import type { StaffReviewCase } from '@zsb/contracts';
import { asApiError, gotNoAnswer, type ApiError } from '@/api/errors';
import { staffApi } from '@/api/staff';
import { keepKeyAfter, keyForAttempt, type KeyedAttempt } from '@/lib/attemptKey';
import {
  buildAction,
  draftProblems,
  emptyDraft,
  type ActionDraft,
  type ActionKind,
  type DraftProblems,
} from '../lib/reviewActions';

/** One step of one case: the clerk's choice and words, then one send (or its retry with the same key) at a time. */
export function useCaseAction(caseId: string, onDone: (updated: StaffReviewCase) => void) {
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const kept = useRef<KeyedAttempt | null>(null);

  const choose = (action: ActionKind | null) => {
    setDraft(action ? emptyDraft(action) : null);
    setProblems({});
    setRefusal(null);
  };
  const change = (patch: Partial<ActionDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setProblems((p) => {
      const next = { ...p };
      for (const k of Object.keys(patch)) delete next[k as keyof DraftProblems];
      return next;
    });
  };

  const submit = async () => {
    if (!draft || sending) return;
    const body = buildAction(draft);
    if (!body) {
      setProblems(draftProblems(draft));
      return;
    }
    kept.current = keyForAttempt(kept.current, JSON.stringify([caseId, body]));
    setSending(true);
    setRefusal(null);
    try {
      const { data } = await staffApi.reviewAction(caseId, body, kept.current.key);
      setDraft(null);
      onDone(data);
    } catch (err) {
      const e = asApiError(err);
      if (!keepKeyAfter({ status: e.status, noAnswer: gotNoAnswer(e) })) kept.current = null;
      setRefusal(e);
    } finally {
      setSending(false);
    }
  };

  return { draft, problems, sending, refusal, choose, change, submit };
}

export type CaseActionState = ReturnType<typeof useCaseAction>;
