import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { canScanQr, scanQr } from '@/lib/qrScan';
import { inviteTokenOf } from '../lib/mandateForm';

/** No 代办码 yet: scan the helper's QR (WeChat, Alipay), or paste the code they copied (any platform, H5 above all). */
export function CodeEntry({ onToken }: { onToken: (token: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const take = (raw: string | null) => {
    if (raw === null) return;
    const token = inviteTokenOf(raw);
    if (token) onToken(token);
    else setProblem('这不是掌上办的代办码，请核对后重新扫码或粘贴');
  };
  return (
    <View className="section e2e-grant-entry">
      <Text className="md-title">委托别人替我办事</Text>
      <Text className="muted md-lead">
        请替您办事的家里人或帮办代办员在掌上办“委托代办”里出示代办码，用您自己的手机扫码；也可以把对方复制给您的代办码粘贴在下面。
      </Text>
      {canScanQr && (
        <View
          className="btn btn--primary md-wide e2e-grant-scan"
          ariaRole="button"
          onClick={() => void scanQr().then(take)}
        >
          扫一扫代办码
        </View>
      )}
      <Text className="md-q md-q--next">粘贴代办码</Text>
      <Input
        className="field__input md-search e2e-grant-code-input"
        type="text"
        value={text}
        maxlength={300}
        placeholder="粘贴对方复制给您的代办码"
        onInput={(e) => {
          setText(e.detail.value);
          setProblem(null);
        }}
      />
      {problem ? (
        <View className="field__problem e2e-grant-code-problem" ariaRole="alert">
          {problem}
        </View>
      ) : null}
      <View className="btn md-wide e2e-grant-code-next" ariaRole="button" onClick={() => take(text)}>
        下一步
      </View>
    </View>
  );
}
