import { Text, View } from '@tarojs/components';
import type { WindowIdentityCheck } from '@zsb/contracts';
import { go } from '@/navigate';
import { outcomeText, type WindowRefusal } from '../lib/windowCheck';

/** ✓ the check went through: what happened to the resident's account, read out across the counter; 核验下一位. */
export function WindowCheckResult({ result, onNext }: { result: WindowIdentityCheck; onNext: () => void }) {
  const text = outcomeText(result);
  return (
    <View className="st-result e2e-idcheck-result" ariaRole="alert">
      <Text className="st-result__verdict e2e-idcheck-outcome">{text.verdict}</Text>
      <Text className="st-result__hint">{text.explanation}</Text>
      {text.rows.map((r) => (
        <View key={r.label} className="st-row">
          <Text className="st-row__label">{r.label}</Text>
          <Text className={`st-row__value ${r.hook}`}>{r.value}</Text>
        </View>
      ))}
      {text.phone ? <Text className="st-result__hint e2e-idcheck-result-phone-note">{text.phone}</Text> : null}
      <View className="btn btn--primary st-refusal__btn e2e-idcheck-next" ariaRole="button" onClick={onNext}>
        核验下一位
      </View>
    </View>
  );
}

/** ✗ not done: the server's message, what to do at the counter, and 再试一次 when there was no answer. */
export function WindowCheckRefusal({ refusal, onRetry }: { refusal: WindowRefusal; onRetry: () => void }) {
  return (
    <View className="st-refusal e2e-idcheck-refusal e2e-error" ariaRole="alert">
      <Text className="st-refusal__verdict">✗ 没有核验成功</Text>
      <Text className="st-refusal__message e2e-idcheck-refusal-message">{refusal.message}</Text>
      {refusal.hint ? <Text className="st-refusal__hint">{refusal.hint}</Text> : null}
      {refusal.again && (
        <View className="btn btn--primary st-refusal__btn e2e-idcheck-retry" ariaRole="button" onClick={onRetry}>
          再试一次
        </View>
      )}
      {refusal.account && (
        <View className="btn st-refusal__btn e2e-idcheck-mine" ariaRole="button" onClick={() => go('mine')}>
          回到“我的”
        </View>
      )}
    </View>
  );
}
