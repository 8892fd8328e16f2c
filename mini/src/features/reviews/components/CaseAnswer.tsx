import { Text, Textarea, View } from '@tarojs/components';
import type { Review } from '@zsb/contracts';
import { useReviewAnswer } from '../hooks/useReviewAnswer';
import { Refusal } from './Refusal';

/** The office says 已整改: is the resident satisfied with it? Once; 不满意 sends it back to be rectified once more. */
export function CaseAnswer({ reviewId, onAnswered }: { reviewId: string; onAnswered: (r: Review) => void }) {
  const { note, setNote, sending, refusal, answer, retry } = useReviewAnswer(reviewId, onAnswered);
  return (
    <View className="rv-answer e2e-case-answer">
      <Text className="rv-q">办理单位说已经整改好了，您满意吗？</Text>
      <Text className="rv-q__hint">只能回答一次。选“不满意”，办理单位要重新整改一次。</Text>
      <Textarea
        className="rv-textarea e2e-case-answer-note"
        value={note}
        maxlength={500}
        placeholder="想说的话（选填）"
        onInput={(e) => setNote(e.detail.value)}
      />
      <View className="rv-answer__row">
        <View
          className={`btn btn--primary rv-answer__btn e2e-case-satisfied ${sending !== null ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void answer(true)}
        >
          {sending === true ? '正在提交…' : '满意'}
        </View>
        <View
          className={`btn rv-answer__btn e2e-case-unsatisfied ${sending !== null ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void answer(false)}
        >
          {sending === false ? '正在提交…' : '不满意'}
        </View>
      </View>
      {refusal && <Refusal error={refusal} onRetry={retry} />}
    </View>
  );
}
