// 帮办代办: the header a helper's requests carry, and the words residents see for a 委托.

import type { MandateGrantedVia, MandateKind, MandateLevel, MandateState } from '@zsb/contracts';

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
