import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/api/errors';
import { SendRefusal } from '@/components/SendRefusal';

interface Props {
  label: string;
  ready: boolean;
  sending: boolean;
  /** What is left to do, under the disabled button. */
  missing: string | null;
  refusal: ApiError | null;
  onSubmit: () => void;
}

/** 提交, the server's refusal in its own words (再试一次 when nothing was answered), and what is left to do. */
export function SubmitBar({ label, ready, sending, missing, refusal, onSubmit }: Props) {
  const on = ready && !sending;
  return (
    <>
      {refusal && <SendRefusal error={refusal} onRetry={onSubmit} hook="e2e-feedback" />}
      <View className="fb-submit">
        <View
          className={`btn btn--primary e2e-feedback-submit ${on ? '' : 'btn--disabled'}`}
          ariaRole="button"
          aria-disabled={on ? 'false' : 'true'}
          onClick={onSubmit}
        >
          {sending ? '正在提交…' : label}
        </View>
        <Text className="fb-submit__hint e2e-feedback-missing">{missing ?? '提交后会有编号和答复期限'}</Text>
      </View>
    </>
  );
}
