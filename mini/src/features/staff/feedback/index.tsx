import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { NotStaff } from '../components/NotStaff';
import { StaffFeedbackCard } from '../components/StaffFeedbackCard';
import { useStaffFeedback } from '../hooks/useStaffFeedback';
import { useStaffScopes } from '../hooks/useStaffScopes';
import '../staff.css';

/**
 * 反映和咨询: the open 办不成事 cases and questions of the clerk's centers, in the server's order (overdue first), with
 * 记录办理情况 and 书面答复. The resident sees every step in 我的反映.
 */
export default function StaffFeedbackPage() {
  const scopes = useStaffScopes();
  const isStaff = scopes.state.status === 'ok' && scopes.state.data.centers.length > 0;
  const queue = useStaffFeedback(isStaff);

  if (scopes.state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={3} />
      </PageShell>
    );
  }
  if (scopes.state.status === 'error') {
    return (
      <PageShell>
        <ErrorState error={scopes.state.error} onRetry={scopes.reload} />
      </PageShell>
    );
  }
  if (!isStaff) {
    return (
      <PageShell>
        <NotStaff
          hook="e2e-staff-feedback-not-staff"
          hint="反映和咨询给便民服务中心的工作人员用。要看自己反映的办理进度，请打开“我的 › 我的反映”"
        />
      </PageShell>
    );
  }

  return (
    <PageShell meta={queue.state.meta} className="st-page">
      <View className="section st-head">
        <Text className="section__title">反映和咨询</Text>
        <Text className="st-head__center">{scopes.state.data.centers.map((c) => c.name).join('、')}</Text>
        <Text className="muted st-head__hint">
          超期的排在最前面。记录的办理情况和书面答复，群众都能在“我的反映”里看到。
        </Text>
      </View>
      {queue.state.status === 'loading' && <Skeleton rows={3} />}
      {queue.state.status === 'error' && <ErrorState error={queue.state.error} onRetry={queue.reload} />}
      {queue.state.status === 'ok' && queue.items.length === 0 && (
        <View className="section e2e-staff-feedback-empty">
          <Text className="muted">现在没有要办理的反映和咨询。</Text>
        </View>
      )}
      {queue.items.map((item) => (
        <StaffFeedbackCard key={item.id} item={item} onDone={queue.replaceItem} onStale={queue.reload} />
      ))}
    </PageShell>
  );
}
