import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { MaterialAnswer } from '@zsb/contracts';
import type { UploadMeta } from '@/stores/applyDrafts';

export interface SupplementAnswers {
  values: Record<string, string>;
  materials: Record<string, MaterialAnswer>;
  uploads: Record<string, UploadMeta>;
}

const keyOf = (requestId: string) => `zsb.supplement.${requestId}`;

function readSaved(requestId: string): SupplementAnswers {
  try {
    const v = Taro.getStorageSync(keyOf(requestId)) as SupplementAnswers | '';
    if (v && typeof v === 'object' && v.values && v.materials)
      return { values: v.values, materials: v.materials, uploads: v.uploads ?? {} };
  } catch {
    // nothing saved
  }
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
    try {
      Taro.setStorageSync(keyOf(requestId), answers);
    } catch {
      // storage full: the answers still live in the page
    }
  }, [answers, requestId]);
  const change = (update: (a: SupplementAnswers) => SupplementAnswers) => setAnswers(update);
  const forget = () => {
    try {
      Taro.removeStorageSync(keyOf(requestId));
    } catch {
      // nothing to do
    }
  };
  return { answers, change, forget };
}
