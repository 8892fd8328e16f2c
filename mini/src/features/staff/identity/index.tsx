import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import type { StaffScopes } from '@zsb/contracts';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { NotStaff } from '../components/NotStaff';
import { WindowCheckRefusal, WindowCheckResult } from '../components/WindowCheckAnswer';
import { WindowCheckForm } from '../components/WindowCheckForm';
import { useStaffScopes } from '../hooks/useStaffScopes';
import { useWindowCheck } from '../hooks/useWindowCheck';
import '../staff.css';

/**
 * 窗口核验身份: for a resident who cannot prove a phone in the app (the phone on file is gone, or the phone they use
 * is in a child's name). The clerk compares the ID card original with the person, types name and ID number from
 * it, and proves the phone to keep on file with a code the resident reads out.
 */
export default function WindowIdentityCheckPage() {
  const scopes = useStaffScopes();
  if (scopes.state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={4} />
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
  const { centers } = scopes.state.data;
  if (centers.length === 0) {
    return (
      <PageShell>
        <NotStaff
          hook="e2e-idcheck-not-staff"
          hint="窗口核验身份给便民服务中心的窗口工作人员用。要核验自己的身份，请在“我的 › 实名认证”里点“到窗口核验”"
        />
      </PageShell>
    );
  }
  return <WindowCheck centers={centers} />;
}

function WindowCheck({ centers }: { centers: StaffScopes['centers'] }) {
  const state = useWindowCheck(centers);
  const { outcome } = state;

  // The answer shows at the top: bring it into view.
  useEffect(() => {
    if (outcome) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [outcome]);

  return (
    <PageShell className="st-page">
      {outcome?.kind === 'ok' ? (
        <WindowCheckResult result={outcome.result} onNext={state.next} />
      ) : (
        <>
          {outcome?.kind === 'refused' && (
            <WindowCheckRefusal refusal={outcome.refusal} onRetry={() => void state.submit()} />
          )}
          <WindowCheckForm centers={centers} state={state} />
        </>
      )}
    </PageShell>
  );
}
