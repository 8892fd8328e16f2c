import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { ApplyStep } from '@/lib/applicationForm';

interface Props {
  step: ApplyStep;
  /** The line above the buttons: whether the draft is saved. */
  note: ReactNode;
  submitting: boolean;
  onPrev: () => void;
  onNext: () => void;
  onSubmit: () => void;
}

/** The bar fixed at the bottom: 上一步, then 下一步 — or 提交申请 on 核对提交. */
export function FlowBar({ step, note, submitting, onPrev, onNext, onSubmit }: Props) {
  return (
    <View className="ap-bar">
      {note}
      <View className="ap-bar__row">
        {step !== 'form' && (
          <View className="btn ap-bar__btn e2e-apply-prev" ariaRole="button" onClick={onPrev}>
            上一步
          </View>
        )}
        {step !== 'review' ? (
          <View className="btn btn--primary ap-bar__btn ap-bar__main e2e-apply-next" ariaRole="button" onClick={onNext}>
            下一步
          </View>
        ) : (
          <View
            className={`btn btn--primary ap-bar__btn ap-bar__main e2e-apply-submit ${submitting ? 'btn--disabled' : ''}`}
            ariaRole="button"
            aria-disabled={submitting ? 'true' : 'false'}
            onClick={onSubmit}
          >
            {submitting ? '正在提交…' : '提交申请'}
          </View>
        )}
      </View>
    </View>
  );
}
