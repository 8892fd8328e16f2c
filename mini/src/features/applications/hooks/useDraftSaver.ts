import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { applicationsApi } from '@/api/applications';
import { asApiError, type ApiError } from '@/api/errors';
import { onlineStore } from '@/stores/network';
import { writeLocalDraft, type LocalDraft } from '@/stores/applyDrafts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveState {
  status: SaveStatus;
  error: ApiError | null;
  /** ISO time the server last confirmed. */
  savedAt: string | null;
}

// Long enough that typing a sentence is one save, short enough that little is at risk.
const DEBOUNCE_MS = 1500;

/**
 * The draft as the resident edits it. Every change goes to the phone's storage at once (so nothing typed is lost
 * when the network drops or the app is closed) and to the server after a pause in typing, at once on a step
 * change, and again by itself when the network comes back. A save that fails keeps everything and says so.
 */
export function useDraftSaver(initial: LocalDraft) {
  const [draft, setDraft] = useState(initial);
  const [save, setSave] = useState<SaveState>({ status: 'idle', error: null, savedAt: null });
  const current = useRef(initial);
  const version = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef(true);
  const paused = useRef(false);
  const running = useRef<Promise<boolean>>(Promise.resolve(true));

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (paused.current) return false;
    if (inFlight.current) {
      again.current = true;
      return false;
    }
    inFlight.current = true;
    running.current = send();
    return running.current;
  }, []);

  const send = async (): Promise<boolean> => {
    const sent = version.current;
    const d = current.current;
    if (live.current) setSave((s) => ({ ...s, status: 'saving' }));
    let ok = false;
    try {
      const res = await applicationsApi.saveDraft(d.id, {
        matterCode: d.matterCode,
        values: d.values,
        materials: d.materials,
        delivery: d.delivery,
        step: d.step,
      });
      ok = true;
      // Only what was sent is on the server: a change made meanwhile stays dirty for the next save.
      if (version.current === sent) {
        current.current = { ...current.current, dirty: false };
        writeLocalDraft(current.current);
      }
      if (live.current) setSave({ status: 'saved', error: null, savedAt: res.data.updatedAt });
    } catch (err) {
      if (live.current) setSave((s) => ({ ...s, status: 'failed', error: asApiError(err) }));
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void flush();
      }
    }
    return ok;
  };

  /** Changes the draft: stored on the phone now, sent to the server after a pause (or now, for a step change). */
  const update = useCallback(
    (change: (d: LocalDraft) => LocalDraft, { now = false }: { now?: boolean } = {}) => {
      const next = { ...change(current.current), dirty: true, changedAt: new Date().toISOString() };
      current.current = next;
      version.current += 1;
      writeLocalDraft(next);
      setDraft(next);
      if (timer.current) clearTimeout(timer.current);
      if (paused.current) return;
      if (now) void flush();
      else timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /**
   * While submitting: no draft save may land after the application (the server deletes the draft then, and a late
   * save would bring it back). Waits for a save already under way.
   */
  const pause = useCallback(async () => {
    paused.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await running.current.catch(() => false);
  }, []);

  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  /** Replaces the phone's copy without sending anything (the submit attempt's key). */
  const keep = useCallback((change: (d: LocalDraft) => LocalDraft) => {
    current.current = change(current.current);
    writeLocalDraft(current.current);
    setDraft(current.current);
  }, []);

  // Resumed from a phone copy the server never got: send it now.
  useEffect(() => {
    if (current.current.dirty) void flush();
  }, [flush]);

  // Back online after a failed save: try again without waiting for a tap.
  useEffect(
    () =>
      onlineStore.subscribe(() => {
        if (onlineStore.get() && current.current.dirty) void flush();
      }),
    [flush],
  );

  // Leaving the page (or the app) with unsaved changes: one last try; the phone's copy is there anyway.
  useDidHide(() => {
    if (current.current.dirty) void flush();
  });

  useEffect(
    () => () => {
      live.current = false;
      if (timer.current) clearTimeout(timer.current);
      if (current.current.dirty && !inFlight.current) void flush();
    },
    [flush],
  );

  return { draft, save, update, keep, flush, pause, resume };
}
