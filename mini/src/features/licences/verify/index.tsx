import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { LicenceVerification } from '@zsb/contracts';
import { asApiError, type ApiError } from '@/api/errors';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { ErrorState } from '@/components/StateView';
import { formatMoment } from '@/lib/when';
import { CodeScanner } from '../components/CodeScanner';
import { scannedCode } from '../lib/scannedCode';
import '../licences.css';

/** 扫码核验: a window clerk or anyone asked to check a licence scans the holder's 亮证码 and sees what they chose. */
export default function VerifyPage() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LicenceVerification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const check = async (text: string) => {
    const code = scannedCode(text);
    setResult(null);
    setError(null);
    if (!code) {
      setProblem('这不是掌上办的亮证码，也不是 8 位短码。请让对方打开“亮证”页面重新出示，或核对短码');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      setResult((await licencesApi.verify(code)).data);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell>
      <View className="section">
        <Text className="section__title">扫码核验电子证照</Text>
        <Text className="muted verify__hint">
          对方在“亮证”页面出示二维码和 8 位短码。每个亮证码只能核验一次，核验会记入对方的用证记录。
        </Text>
        {/* WeChat and Alipay scan with their own scanner, H5 with the browser's camera (CodeScanner.h5.tsx). */}
        <CodeScanner busy={busy} onCode={check} />
        {/* Or the 8-character short code under the QR, typed (or the whole code pasted, from a scanner gun). */}
        <View className="verify__manual">
          <Text className="verify__manual-label">扫不了码时，输入二维码下方的 8 位短码：</Text>
          <Input
            className="verify__input e2e-verify-input"
            value={typed}
            placeholder="例如 K7QM 3XP2"
            maxlength={140}
            confirmType="done"
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={() => !busy && void check(typed)}
          />
          <View
            className={`btn verify__scan e2e-verify-submit ${busy ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => !busy && void check(typed)}
          >
            {busy ? '正在核验…' : '核验短码'}
          </View>
        </View>
        {problem && <Text className="field__problem e2e-verify-problem">{problem}</Text>}
      </View>

      {error && <ErrorState error={error} />}

      {result && (
        <View className="section e2e-verify-result">
          <View className={`verify__verdict ${result.verified ? 'verify__verdict--ok' : 'verify__verdict--bad'}`}>
            <Text>{result.verified ? '✓ 证照真实有效' : '✗ 证照未通过验证或已失效，请勿采信'}</Text>
          </View>
          <View>
            <Text className="section__title">{result.typeName}</Text>
          </View>
          <View className="verify__issuer">
            <Text className="muted">
              {result.issuer} · 持证人 {result.holderNameMasked}
            </Text>
          </View>
          {/* The moment of this check, so a screenshot of an old result is told from a fresh one. */}
          <View className="verify__at e2e-verify-at">
            <Text className="muted">核验时间：{formatMoment(result.verifiedAt, Date.now())}</Text>
          </View>
          {result.fields.map((f) => (
            <View key={f.label} className="verify__field e2e-verify-field">
              <Text className="verify__label">{f.label}</Text>
              <Text className="verify__value">{f.value}</Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
