import type { IndicatorSetId, ResidentProfile, ReviewSubjectRef } from '@zsb/contracts';
import type { ApiResult } from '@/api/client';
import { centersApi } from '@/api/centers';
import { ApiError } from '@/api/errors';
import { meApi } from '@/api/me';
import { signsInSilently } from '@/api/platformLogin';
import { reviewsApi } from '@/api/reviews';
import { adviceFor } from '@/lib/errorAdvice';
import { invitationFor, reviewIdFor } from '@/lib/reviewEntry';
import { updateResident } from '@/stores/session';
import type { RateTarget } from '../pendingRate';
import { EMPTY_FORM, formFromReview, indicatorSetFor, subjectFromParams, type ReviewForm } from './reviewForm';
import { subjectKindWord } from './reviewText';

export interface RateContext {
  /** A new review of a subject, or the one change of a review given. */
  target: { kind: 'new'; subject: ReviewSubjectRef } | { kind: 'revise'; reviewId: string };
  set: IndicatorSetId;
  /** 网上办件 / 窗口办事 / 窗口服务 */
  kindWord: string;
  title: string;
  place: string | null;
  openUntil: string | null;
  initial: ReviewForm;
  /** Photos of the review being changed (not offered again). */
  photoCount: number;
  /** Already rated: that review, to open instead of a second form. */
  given: string | null;
}

const refused = (code: 'REVIEW_NOT_OPEN' | 'REVIEW_REVISION_USED') =>
  new ApiError(code, adviceFor(code).message, 409, '');

/**
 * The resident as the server knows them now (verified meanwhile, or signed out). Never leaves the page to sign in
 * on H5: AUTH_REQUIRED lets the page offer 登录 and keep what was being rated.
 */
async function verifiedResident(): Promise<ResidentProfile> {
  const res = await (signsInSilently ? meApi.profile() : meApi.profileWithoutSignIn());
  updateResident(res.data);
  if (!res.data.verified) throw new ApiError('IDENTITY_REQUIRED', '评价要先实名认证', 403, '');
  return res.data;
}

/** Everything the 评价 page needs before the resident chooses anything. */
export async function loadRate(target: RateTarget): Promise<ApiResult<RateContext>> {
  await verifiedResident();

  if (target.review) {
    const res = await reviewsApi.detail(target.review);
    const r = res.data;
    if (!r.revisable) throw refused('REVIEW_REVISION_USED');
    return {
      data: {
        target: { kind: 'revise', reviewId: r.id },
        set: r.indicatorSet,
        kindWord: subjectKindWord(r.subject.kind),
        title: r.subject.title,
        place: r.subject.place,
        openUntil: null,
        initial: formFromReview(r),
        photoCount: r.photoCount,
        given: null,
      },
      meta: res.meta,
    };
  }

  const subject = subjectFromParams(target);
  if (!subject) throw refused('REVIEW_NOT_OPEN');
  const base = {
    target: { kind: 'new', subject } as const,
    set: indicatorSetFor(subject.kind),
    kindWord: subjectKindWord(subject.kind),
    initial: EMPTY_FORM,
    photoCount: 0,
  };

  if (subject.kind === 'window') {
    const res = await centersApi.detail(subject.centerId);
    return {
      data: { ...base, title: res.data.name, place: res.data.address, openUntil: null, given: null },
      meta: res.meta,
    };
  }

  const [invitations, reviews] = await Promise.all([reviewsApi.invitations(), reviewsApi.list()]);
  const given = reviewIdFor(reviews.data.items, subject);
  const open = invitationFor(invitations.data.items, subject);
  if (!given && !open) throw refused('REVIEW_NOT_OPEN');
  return {
    data: {
      ...base,
      title: open?.title ?? '',
      place: open?.place ?? null,
      openUntil: open?.openUntil ?? null,
      given,
    },
    meta: invitations.meta,
  };
}
