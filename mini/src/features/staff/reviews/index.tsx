import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { NotStaff } from '../components/NotStaff';
import { StaffCaseCard } from '../components/StaffCaseCard';
import { useStaffReviews } from '../hooks/useStaffReviews';
import { useStaffScopes } from '../hooks/useStaffScopes';
import '../staff.css';

/**
 * 差评整改: the open bad reviews of the clerk's centers, overdue first as the server orders them, and for each the
 * step it waits for: 核实 or 申诉, 整改 or 无法整改, then 回访. The resident sees every step in their 我的评价.
 */
export default function StaffReviewsPage() {
  const scopes = useStaffScopes();
  const isStaff = scopes.state.status === 'ok' && scopes.state.data.centers.length > 0;
  const queue = useStaffReviews(isStaff);

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
          hook="e2e-staff-reviews-not-staff"
          hint="差评整改给便民服务中心的工作人员用。要看自己评价的办理进度，请打开“我的 › 我的评价”"
        />
      </PageShell>
    );
  }

  return (
    <PageShell meta={queue.state.meta} className="st-page">
      <View className="section st-head">
        <Text className="section__title">差评整改</Text>
        <Text className="st-head__center">{scopes.state.data.centers.map((c) => c.name).join('、')}</Text>
        <Text className="muted st-head__hint">超期的排在最前面。每一步群众都能在“我的评价”里看到。</Text>
      </View>
      {queue.state.status === 'loading' && <Skeleton rows={3} />}
      {queue.state.status === 'error' && <ErrorState error={queue.state.error} onRetry={queue.reload} />}
      {queue.state.status === 'ok' && queue.items.length === 0 && (
        <View className="section e2e-staff-reviews-empty">
          <Text className="muted">现在没有要办理的差评。</Text>
        </View>
      )}
      {queue.items.map((item) => (
        <StaffCaseCard key={item.id} item={item} onDone={queue.replaceCase} />
      ))}
    </PageShell>
  );
}
