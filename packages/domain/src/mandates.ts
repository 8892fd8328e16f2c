// 帮办代办: the header a helper's requests carry, and the words residents see for a 委托.

import type {
  HomeVisitReason,
  HomeVisitState,
  MandateGrantedVia,
  MandateKind,
  MandateLevel,
  MandateState,
} from '@zsb/contracts';

/** Sent by a helper with each request made for a principal: the 委托's id (never a name or ID number). */
export const ACTING_FOR_HEADER = 'x-acting-for';

export const MANDATE_KIND_LABELS: Readonly<Record<MandateKind, string>> = {
  agent: '帮办代办员',
  family: '亲友',
};

export const MANDATE_LEVEL_LABELS: Readonly<Record<MandateLevel, string>> = {
  query: '只能查询（看进度和结果）',
  handle: '可以办理（申请、预约、补正，也能查询）',
};

export const MANDATE_GRANTED_VIA_LABELS: Readonly<Record<MandateGrantedVia, string>> = {
  'principal-sms': '本人手机确认',
  'readback-sms': '本人收到短信验证码后告知代办人',
  window: '窗口核验身份证并签署委托书',
  face: '人脸核验',
};

export const MANDATE_STATE_LABELS: Readonly<Record<MandateState, string>> = {
  active: '有效',
  revoked: '已撤销',
  expired: '已到期',
};

export const HOME_VISIT_REASONS: readonly { code: HomeVisitReason; label: string }[] = [
  { code: 'elderly', label: '年老行动不便' },
  { code: 'disabled', label: '残疾' },
  { code: 'ill', label: '重病' },
  { code: 'other', label: '其他原因' },
];

export const HOME_VISIT_STATE_LABELS: Readonly<Record<HomeVisitState, string>> = {
  requested: '待安排',
  accepted: '已安排',
  declined: '未能安排',
  done: '已上门',
  cancelled: '已取消',
};

// The routes a helper may call for a principal (the BFF marks each with @Delegable and refuses the header
// everywhere else; test/api/mandates.routes.spec.ts keeps the two lists the same). The app sends the header only
// to these, so a helper acting for someone can still read the catalog and their own account in the same session.
const DELEGABLE_ROUTES: readonly [string, RegExp][] = [
  ['GET', /^\/api\/v1\/matters\/[^/]+\/form$/],
  ['GET', /^\/api\/v1\/application-drafts$/],
  ['GET', /^\/api\/v1\/application-drafts\/[^/]+$/],
  ['PUT', /^\/api\/v1\/application-drafts\/[^/]+$/],
  ['DELETE', /^\/api\/v1\/application-drafts\/[^/]+$/],
  ['POST', /^\/api\/v1\/applications$/],
  ['GET', /^\/api\/v1\/applications$/],
  ['GET', /^\/api\/v1\/applications\/[^/]+$/],
  ['POST', /^\/api\/v1\/applications\/[^/]+\/supplements$/],
  ['POST', /^\/api\/v1\/bookings$/],
  ['GET', /^\/api\/v1\/bookings$/],
  ['GET', /^\/api\/v1\/bookings\/[^/]+$/],
  ['POST', /^\/api\/v1\/bookings\/[^/]+\/(cancel|reschedule)$/],
  ['POST', /^\/api\/v1\/uploads$/],
  ['GET', /^\/api\/v1\/uploads\/[^/]+\/content$/],
  ['DELETE', /^\/api\/v1\/uploads\/[^/]+$/],
  ['POST', /^\/api\/v1\/home-visits$/],
  ['GET', /^\/api\/v1\/home-visits$/],
  ['GET', /^\/api\/v1\/home-visits\/[^/]+$/],
  ['POST', /^\/api\/v1\/home-visits\/[^/]+\/cancel$/],
  ['POST', /^\/api\/v1\/reviews$/],
  ['POST', /^\/api\/v1\/applications\/[^/]+\/handover-code$/],
  ['POST', /^\/api\/v1\/applications\/[^/]+\/handover$/],
];

/** Whether a request may carry ACTING_FOR_HEADER: `path` without its query, e.g. /api/v1/applications. */
export function isDelegableRoute(method: string, path: string): boolean {
  return DELEGABLE_ROUTES.some(([m, re]) => m === method.toUpperCase() && re.test(path));
}
