import { useCallback, useRef, useState } from 'react';
import type { FlowDraft } from '@/stores/applyDrafts';

/**
 * A draft kept on the phone only (一件事一次办: the server keeps drafts per matter). Every change is written at
 * once, so nothing typed is lost when the app is closed or the network drops.
 */
export function useLocalDraft<D extends FlowDraft>(initial: D, write: (draft: D) => void) {
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const current = useRef(initial);

  const keep = useCallback(
    (change: (d: D) => D) => {
      current.current = change(current.current);
      write(current.current);
      setDraft(current.current);
    },
    [write],
  );

  /** Changes the draft and stamps the time (the phone's copy says when it was saved). */
  const update = useCallback(
    (change: (d: D) => D) => {
      keep((d) => ({ ...change(d), changedAt: new Date().toISOString() }));
      setChanged(true);
    },
    [keep],
  );

  return { draft, update, keep, changed };
}
