import { Text, View } from '@tarojs/components';
import type { ReviewCase } from '@zsb/contracts';
import { caseDeadlines } from '../lib/reviewText';
import { CaseTimeline } from './CaseTimeline';

/** A 差评's handling, as the resident follows it: where it stands, the deadlines, and every step so far. */
export function CaseCard({ c, nowMs }: { c: ReviewCase; nowMs: number }) {
  return (
    <View className="section e2e-case">
      <View className="section__head">
        <Text className="section__title">办理进度</Text>
        <Text className={`tag ${c.overdue ? 'tag--bad' : 'tag--warn'} e2e-case-state`}>{c.stateLabel}</Text>
      </View>
      {c.overdue && <Text className="rv-overdue e2e-case-overdue">已超期：办理单位没有在期限内完成，已记录</Text>}
      {c.reopened && <Text className="rv-card__line">您对整改不满意，已重新整改</Text>}
      <View className="fact">
        <Text className="fact__label">编号</Text>
        <Text className="fact__value">{c.caseNo}</Text>
      </View>
      {caseDeadlines(c, nowMs).map((d) => (
        <View key={d.label} className="fact e2e-case-due">
          <Text className="fact__label">{d.label}</Text>
          <Text className="fact__value">{d.value}</Text>
        </View>
      ))}
      <View className="fact">
        <CaseTimeline steps={c.steps} nowMs={nowMs} />
      </View>
    </View>
  );
}
