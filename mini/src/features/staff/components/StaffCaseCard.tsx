import { Text, View } from '@tarojs/components';
import type { StaffReviewCase } from '@zsb/contracts';
import { BAD_REASONS } from '@zsb/domain';
import { formatDate } from '@/lib/when';
import { useCaseAction } from '../hooks/useCaseAction';
import { ACTION_LABEL, allowedActions } from '../lib/reviewActions';
import { CaseActionForm } from './CaseActionForm';
import { ActionRefusal } from './ActionRefusal';

const reasonText = (codes: StaffReviewCase['reasons']) =>
  codes.map((c) => BAD_REASONS.find((b) => b.code === c)?.label ?? c).join('、');

/** One 差评 in the queue: who (masked), where, what they said, deadlines, and the steps the case allows now. */
export function StaffCaseCard({ item, onDone }: { item: StaffReviewCase; onDone: (c: StaffReviewCase) => void }) {
  const s = useCaseAction(item.id, onDone);
  const c = item.case;
  const actions = allowedActions(c, item.canDispute);
  return (
    <View className={`section st-case e2e-staff-review ${c.overdue ? 'st-case--overdue' : ''}`}>
      <View className="st-case__top">
        <Text className="st-case__title">{item.subject.title}</Text>
        <Text className="st-case__state e2e-staff-review-state">{c.stateLabel}</Text>
      </View>
      {c.overdue && <Text className="st-case__overdue e2e-staff-review-overdue">已超期</Text>}
      <Text className="st-case__line">
        {item.residentNameMasked} · {item.levelLabel} · {item.centerName}
      </Text>
      {item.reasons.length > 0 && <Text className="st-case__line">原因：{reasonText(item.reasons)}</Text>}
      {item.content ? <Text className="st-case__content">“{item.content}”</Text> : null}
      <Text className="st-case__line">
        核实回访截至 {formatDate(c.verifyDue)} · 整改反馈截至 {formatDate(c.rectifyDue)}
      </Text>
      <Text className="st-case__line">编号 {c.caseNo}</Text>

      {actions.length > 0 ? (
        <View className="st-chips" ariaRole="radiogroup" ariaLabel="办理">
          {actions.map((a) => (
            <View
              key={a}
              className={`chip st-chip e2e-staff-review-action e2e-staff-review-${a} ${s.draft?.action === a ? 'chip--on' : ''}`}
              ariaRole="radio"
              aria-checked={s.draft?.action === a ? 'true' : 'false'}
              onClick={() => s.choose(s.draft?.action === a ? null : a)}
            >
              {ACTION_LABEL[a]}
            </View>
          ))}
        </View>
      ) : (
        <Text className="st-case__line">现在等待复核或群众答复，不需要您操作</Text>
      )}

      {s.draft && (
        <>
          <CaseActionForm draft={s.draft} state={s} />
          <View
            className={`btn btn--primary st-case__submit e2e-staff-review-submit ${s.sending ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => void s.submit()}
          >
            {s.sending ? '正在提交…' : `提交${ACTION_LABEL[s.draft.action]}`}
          </View>
        </>
      )}
      {s.refusal && <ActionRefusal error={s.refusal} onRetry={() => void s.submit()} />}
    </View>
  );
}
