import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { CodeEntryProps } from './CodeEntry.types';

/** A code pasted (from a scanner gun or a message) or typed, and the button that sends it. */
export function ManualCodeEntry({ busy, onCode, hook, words, inputType = 'text' }: CodeEntryProps) {
  const [typed, setTyped] = useState('');
  const send = async () => {
    if (busy) return;
    if (await onCode(typed)) setTyped('');
  };
  return (
    <View className="st-manual">
      <Text className="st-manual__label">{words.manualLabel}</Text>
      <Input
        className={`st-input e2e-${hook}-input`}
        type={inputType}
        value={typed}
        placeholder={words.placeholder}
        confirmType="done"
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={() => void send()}
      />
      <View
        className={`btn btn--primary st-scan e2e-${hook}-submit ${busy ? 'btn--disabled' : ''}`}
        ariaRole="button"
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void send()}
      >
        {busy ? words.busy : words.submit}
      </View>
    </View>
  );
}
