import { Text, Textarea, View } from '@tarojs/components';
import type { StaffFeedback } from '@zsb/contracts';
import { FEEDBACK_STATE_LABELS, feedbackKindLabel } from '@zsb/domain';
import { SendRefusal } from '@/components/SendRefusal';
import { formatLongDate, localDateOf } from '@/lib/when';
import { useFeedbackAction } from '../hooks/useFeedbackAction';
import {
  allowedFeedbackActions,
  FEEDBACK_ACTION_LABEL,
  FEEDBACK_NOTE_LABEL,
  MAX_FEEDBACK_NOTE,
} from '../lib/feedbackActions';

/** One case or question in the queue: kind, number, who (masked), matter, the words, due, and what may be recorded. */
interface Props {
  item: StaffFeedback;
  onDone: (f: StaffFeedback) => void;
  /** Someone else answered it meanwhile: load the queue again. */
  onStale: () => void;
}

export function StaffFeedbackCard({ item, onDone, onStale }: Props) {
  const s = useFeedbackAction(item.id, onDone);
  const actions = allowedFeedbackActions(item.state);
  const overdue = item.overdue && item.state !== 'answered';
  const kind = item.type === 'consultation' ? '咨询' : feedbackKindLabel(item.kind);
  return (
    <View className={`section st-case e2e-staff-feedback ${overdue ? 'st-case--overdue' : ''}`}>
      <View className="st-case__top">
        <Text className="st-case__title e2e-staff-feedback-kind">{kind}</Text>
        <Text className="st-case__state e2e-staff-feedback-state">{FEEDBACK_STATE_LABELS[item.state]}</Text>
      </View>
      {overdue && <Text className="st-case__overdue e2e-staff-feedback-overdue">已超期（已转县级督办）</Text>}
      <Text className="st-case__line" userSelect>
        编号 {item.number}
      </Text>
      <Text className="st-case__line">
        {item.residentNameMasked}
        {item.matterName ? ` · ${item.matterName}` : ''}
        {item.photoCount > 0 ? ` · ${item.photoCount} 张照片` : ''}
      </Text>
      <Text className="st-case__content e2e-staff-feedback-text">“{item.text}”</Text>
      <Text className="st-case__line">答复期限 {formatLongDate(localDateOf(item.due))}前</Text>
      {item.answer ? <Text className="st-case__content">已答复：{item.answer}</Text> : null}

      {actions.length > 0 ? (
        <View className="st-chips" ariaRole="radiogroup" ariaLabel="办理">
          {actions.map((a) => (
            <View
              key={a}
              className={`chip st-chip e2e-staff-feedback-action e2e-staff-feedback-${a} ${s.action === a ? 'chip--on' : ''}`}
              ariaRole="radio"
              aria-checked={s.action === a ? 'true' : 'false'}
              onClick={() => s.choose(s.action === a ? null : a)}
            >
              {s.action === a ? '✓ ' : ''}
              {FEEDBACK_ACTION_LABEL[a]}
            </View>
          ))}
        </View>
      ) : (
        <Text className="st-case__line">已经答复，不需要再操作</Text>
      )}

      {s.action && (
        <View className="st-review-form e2e-staff-feedback-form">
          <Text className="st-manual__label">{FEEDBACK_NOTE_LABEL[s.action]}</Text>
          {s.action === 'answer' && (
            <Text className="st-case__line">答复后这条反映就办结了，群众会收到消息，不能再修改</Text>
          )}
          <Textarea
            className="st-textarea e2e-staff-feedback-note"
            value={s.note}
            maxlength={MAX_FEEDBACK_NOTE}
            placeholder={`请填写${FEEDBACK_NOTE_LABEL[s.action]}，群众能看到`}
            onInput={(e) => s.setNote(e.detail.value)}
          />
          {s.problem ? <Text className="st-field-problem e2e-staff-feedback-problem">{s.problem}</Text> : null}
          <View
            className={`btn btn--primary st-case__submit e2e-staff-feedback-submit ${s.sending ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => void s.submit()}
          >
            {s.sending ? '正在提交…' : `提交${FEEDBACK_ACTION_LABEL[s.action]}`}
          </View>
        </View>
      )}
      {s.refusal && <SendRefusal error={s.refusal} onRetry={() => void s.submit()} hook="e2e-staff-feedback" />}
      {s.refusal?.code === 'FEEDBACK_ANSWERED' && (
        <View className="btn st-case__submit e2e-staff-feedback-reload" ariaRole="button" onClick={onStale}>
          重新加载
        </View>
      )}
    </View>
  );
}
