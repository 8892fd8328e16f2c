import { Text, Textarea, View } from '@tarojs/components';
import type { CaseActionState } from '../hooks/useCaseAction';
import {
  GROUND_LABEL,
  MAX_NOTE,
  METHOD_LABEL,
  NOTE_LABEL,
  type ActionDraft,
  type Ground,
  type Method,
} from '../lib/reviewActions';

const GROUNDS = Object.keys(GROUND_LABEL) as Ground[];
const METHODS = Object.keys(METHOD_LABEL) as Method[];

function Chips<T extends string | boolean>({
  label,
  options,
  value,
  text,
  onPick,
}: {
  label: string;
  options: T[];
  value: T | null;
  text: (v: T) => string;
  onPick: (v: T) => void;
}) {
  return (
    <View className="st-chips" ariaRole="radiogroup" ariaLabel={label}>
      {options.map((o) => (
        <View
          key={String(o)}
          className={`chip st-chip e2e-staff-review-option ${value === o ? 'chip--on' : ''}`}
          ariaRole="radio"
          aria-checked={value === o ? 'true' : 'false'}
          onClick={() => onPick(o)}
        >
          {value === o ? '✓ ' : ''}
          {text(o)}
        </View>
      ))}
    </View>
  );
}

/** What one step records: 申诉's ground, 回访's way and answer, and the note every step carries. */
export function CaseActionForm({ draft, state }: { draft: ActionDraft; state: CaseActionState }) {
  const { problems, change } = state;
  return (
    <View className="st-review-form e2e-staff-review-form">
      {draft.action === 'appeal' && (
        <>
          <Text className="st-manual__label">申诉理由</Text>
          <Chips
            label="申诉理由"
            options={GROUNDS}
            value={draft.ground}
            text={(g) => GROUND_LABEL[g]}
            onPick={(ground) => change({ ground })}
          />
          {problems.ground ? <Text className="st-field-problem">{problems.ground}</Text> : null}
        </>
      )}
      {draft.action === 'follow_up' && (
        <>
          <Text className="st-manual__label">回访方式</Text>
          <Chips
            label="回访方式"
            options={METHODS}
            value={draft.method}
            text={(m) => METHOD_LABEL[m]}
            onPick={(method) => change({ method })}
          />
          {problems.method ? <Text className="st-field-problem">{problems.method}</Text> : null}
          <Text className="st-manual__label">群众对整改</Text>
          <Chips
            label="群众对整改是否满意"
            options={[true, false]}
            value={draft.satisfied}
            text={(v) => (v ? '满意' : '不满意')}
            onPick={(satisfied) => change({ satisfied })}
          />
          {problems.satisfied ? <Text className="st-field-problem">{problems.satisfied}</Text> : null}
        </>
      )}
      <Text className="st-manual__label">
        {NOTE_LABEL[draft.action]}
        {draft.action === 'follow_up' ? '（选填）' : ''}
      </Text>
      <Textarea
        className="st-textarea e2e-staff-review-note"
        value={draft.note}
        maxlength={MAX_NOTE}
        placeholder={`请填写${NOTE_LABEL[draft.action]}，群众能看到`}
        onInput={(e) => change({ note: e.detail.value })}
      />
      {problems.note ? <Text className="st-field-problem">{problems.note}</Text> : null}
    </View>
  );
}
