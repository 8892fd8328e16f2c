import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { CodeEntryProps } from './CodeEntry.types';

/** H5: a browser cannot scan, so the code is pasted (from a scanner gun or a message) or typed. */
export function CodeEntry({ busy, onCode }: CodeEntryProps) {
  const [typed, setTyped] = useState('');
  const send = async () => {
    if (busy) return;
    if (await onCode(typed)) setTyped('');
  };
  return (
    <View className='st-manual'>
      <Text className='st-manual__label'>浏览器不能扫码：请粘贴或输入群众的签到码</Text>
      <Input
        className='st-input e2e-checkin-input'
        value={typed}
        placeholder='粘贴签到码'
        confirmType='done'
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={() => void send()}
      />
      <View
        className={`btn btn--primary st-scan e2e-checkin-submit ${busy ? 'btn--disabled' : ''}`}
        ariaRole='button'
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void send()}
      >
        {busy ? '正在签到…' : '签到'}
      </View>
    </View>
  );
}
