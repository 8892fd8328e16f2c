import type { ApiResult } from '@/api/client';
import { applicationsApi } from '@/api/applications';
import { bookingsApi } from '@/api/bookings';
import { catalogApi } from '@/api/catalog';
import { centersApi } from '@/api/centers';
import { meApi } from '@/api/me';
import { signsInSilently } from '@/api/platformLogin';
import { updateResident } from '@/stores/session';
import type { FeedbackLinks } from './feedbackForm';

/** What a report is linked to, as the resident knows it. */
export interface LinkedThing {
  /** 事项 / 办件 / 预约 / 办事点 */
  word: string;
  name: string;
  line: string | null;
}

/**
 * The resident must be signed in (实名 is not needed). Never leaves the page to sign in on H5: AUTH_REQUIRED lets
 * the page offer 登录 and keep what it was opened for.
 */
export async function signedIn(): Promise<void> {
  const res = await (signsInSilently ? meApi.profile() : meApi.profileWithoutSignIn());
  updateResident(res.data);
}

async function linked(links: FeedbackLinks): Promise<LinkedThing[]> {
  const jobs: Promise<LinkedThing>[] = [];
  if (links.applicationId)
    jobs.push(
      applicationsApi.detail(links.applicationId).then(({ data: a }) => ({
        word: '办件',
        name: a.matterName,
        line: a.number ? `办件编号 ${a.number}` : null,
      })),
    );
  if (links.bookingId)
    jobs.push(
      bookingsApi
        .detail(links.bookingId)
        .then(({ data: b }) => ({ word: '预约', name: b.matterName, line: b.centerName })),
    );
  // The matter of an application or a booking is already named by it.
  if (links.matterCode && !links.applicationId && !links.bookingId)
    jobs.push(catalogApi.guide(links.matterCode).then(({ data: g }) => ({ word: '事项', name: g.name, line: null })));
  if (links.centerId)
    jobs.push(
      centersApi.detail(links.centerId).then(({ data: c }) => ({ word: '办事点', name: c.name, line: c.address })),
    );
  return Promise.all(jobs);
}

/** Everything the 反映办不成事 page needs before the resident writes anything. */
export async function loadCaseContext(links: FeedbackLinks): Promise<ApiResult<{ linked: LinkedThing[] }>> {
  await signedIn();
  const things = await linked(links);
  return { data: { linked: things }, meta: { requestId: '', stale: false, syncedAt: null } };
}

/** The matter a 咨询 is about. */
export async function loadConsultContext(matterCode: string): Promise<ApiResult<{ matterName: string }>> {
  await signedIn();
  const res = await catalogApi.guide(matterCode);
  return { data: { matterName: res.data.name }, meta: res.meta };
}
