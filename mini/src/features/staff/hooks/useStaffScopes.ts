import type { StaffScopes } from '@zsb/contracts';
import { ensureSession } from '@/api/auth';
import type { ApiResult } from '@/api/client';
import { ApiError } from '@/api/errors';
import { staffApi } from '@/api/staff';
import { useQuery } from '@/hooks/useQuery';
import { saveStaff } from '@/stores/staff';

async function loadScopes(): Promise<ApiResult<StaffScopes>> {
  const session = await ensureSession().catch(() => null);
  if (!session) throw new ApiError('AUTH_REQUIRED', '工作人员功能要先登录', 401, '');
  const res = await staffApi.me();
  saveStaff({ residentId: session.resident.id, centers: res.data.centers });
  return res;
}

/** The centers the signed-in resident serves at, asked on opening a staff page (and kept for 我的). */
export function useStaffScopes() {
  return useQuery('staff', loadScopes);
}
