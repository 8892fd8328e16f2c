import type { ResidentProfile } from '@zsb/contracts';
import type { ApiResult } from '@/api/client';
import { meApi } from '@/api/me';
import { signsInSilently } from '@/api/platformLogin';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { updateResident } from '@/stores/session';
import { IdentityFlow } from '../components/IdentityFlow';
import '../account.css';

// The profile as the server has it now: verified meanwhile (another sign-in, a window), or with the identity an H5
// sign-in brought. Never leaves the page to sign in on H5 (AUTH_REQUIRED leads to 我的, where the resident does).
async function loadProfile(): Promise<ApiResult<ResidentProfile>> {
  const res = await (signsInSilently ? meApi.profile() : meApi.profileWithoutSignIn());
  updateResident(res.data);
  return res;
}

/** 实名认证: name + ID number + the phone in the resident's name (三要素) and an SMS code to it; or at a window. */
export default function IdentityPage() {
  const { state, reload } = useQuery('me', loadProfile);
  return (
    <PageShell className="id-page">
      {state.status === 'loading' && <Skeleton rows={4} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && <IdentityFlow profile={state.data} />}
    </PageShell>
  );
}
