import { useEffect, useRef, useState } from 'react';
import type { MaterialAnswer } from '@zsb/contracts';
import type { UploadMeta } from '@/stores/applyDrafts';
import { readObject, removeKey, writeValue } from '@/stores/storage';

export interface SupplementAnswers {
  values: Record<string, string>;
  materials: Record<string, MaterialAnswer>;
  uploads: Record<string, UploadMeta>;
}

const keyOf = (requestId: string) => `zsb.supplement.${requestId}`;

function readSaved(requestId: string): SupplementAnswers {
  const v = readObject<Partial<SupplementAnswers>>(keyOf(requestId));
  if (v && v.values && v.materials) return { values: v.values, materials: v.materials, uploads: v.uploads ?? {} };
  return { values: {}, materials: {}, uploads: {} };
}

/** The answers to one 补正 request, kept on the phone as they are typed, so a dropped network loses nothing. */
export function useSupplementAnswers(requestId: string) {
  const [answers, setAnswers] = useState<SupplementAnswers>(() => readSaved(requestId));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Storage full: the answers still live in the page.
    writeValue(keyOf(requestId), answers);
  }, [answers, requestId]);
  const change = (update: (a: SupplementAnswers) => SupplementAnswers) => setAnswers(update);
  const forget = () => removeKey(keyOf(requestId));
  return { answers, change, forget };
}
