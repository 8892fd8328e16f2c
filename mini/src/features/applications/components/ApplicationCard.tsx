import { Text, View } from '@tarojs/components';
import type { ApplicationSummary } from '@zsb/contracts';
import { formatLongDate, formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { StatusChip } from './StatusChip';

/** One application in 我的办件: status, number, when; a 补正 waiting for the resident stands out. */
export function ApplicationCard({ app, nowMs }: { app: ApplicationSummary; nowMs: number }) {
  return (
    <View
      className={`pg-card e2e-application-item ${app.actionNeeded ? 'pg-card--action e2e-application-action' : ''}`}
      ariaRole="link"
      onClick={() => go('application', { id: app.id })}
    >
      <View className="pg-card__top">
        <Text className="pg-card__matter">{app.matterName}</Text>
        <StatusChip app={app} className="e2e-application-status" />
      </View>
      {app.actionNeeded && <Text className="pg-card__action">办理部门请您补充材料，点这里查看</Text>}
      <Text className="pg-card__line">{app.number ? `办件编号 ${app.number}` : '办件编号生成中'}</Text>
      <Text className="pg-card__line">
        {formatMoment(app.submittedAt, nowMs)} 提交
        {app.promisedBy ? ` · 承诺 ${formatLongDate(app.promisedBy)} 前办结` : ''}
      </Text>
    </View>
  );
}
