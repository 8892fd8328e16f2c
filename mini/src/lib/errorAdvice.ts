import type { ErrorCode } from '@zsb/contracts';

/** Errors the client itself detects, beside the BFF's codes. */
export type ClientErrorCode = 'NETWORK_OFFLINE' | 'NETWORK_FAILED' | 'TIMEOUT' | 'BAD_RESPONSE';
export type AnyErrorCode = ErrorCode | ClientErrorCode;

export type NextStep = 'retry' | 'search' | 'call' | 'home' | 'mine' | 'licences';

export interface Advice {
  /** Shown when the server gave no message. */
  message: string;
  /** One line telling the resident what to do now. */
  hint: string;
  actions: NextStep[];
  /** Button words that fit this error better than the usual ones. */
  labels?: Partial<Record<NextStep, string>>;
}

const fallback: Advice = {
  message: '出了点问题，请稍后再试',
  hint: '可以点“重新加载”，或拨打 12345 政务服务便民热线咨询',
  actions: ['retry', 'call'],
};

const table: Partial<Record<AnyErrorCode, Advice>> = {
  NETWORK_OFFLINE: {
    message: '手机没有连上网络',
    hint: '请打开移动数据或连接无线网络（Wi-Fi）后，再点“重新加载”',
    actions: ['retry'],
  },
  NETWORK_FAILED: {
    message: '网络不太好，没能连上服务',
    hint: '请检查网络后点“重新加载”',
    actions: ['retry'],
  },
  TIMEOUT: {
    message: '网络太慢，等了很久没有回应',
    hint: '请换个信号好的地方，再点“重新加载”',
    actions: ['retry'],
  },
  BAD_RESPONSE: fallback,
  MATTER_NOT_FOUND: {
    message: '没有找到这个事项，可能已经调整或停办',
    hint: '可以搜索事项名称重新查找',
    actions: ['search', 'home'],
  },
  MATTER_CODE_INVALID: {
    message: '事项编码不对，没法打开这个办事指南',
    hint: '可以搜索事项名称重新查找',
    actions: ['search', 'home'],
  },
  THEME_NOT_FOUND: {
    message: '没有找到这个“一件事”',
    hint: '回到首页看看其他“一件事一次办”',
    actions: ['home'],
  },
  RATE_LIMITED: {
    message: '操作太频繁了，请稍等一会儿',
    hint: '过半分钟再点“重新加载”',
    actions: ['retry'],
  },
  CATALOG_UNAVAILABLE: {
    message: '办事指南暂时拿不到',
    hint: '省里的平台正在维护，可以稍后再试，或拨打 12345 咨询',
    actions: ['retry', 'call'],
  },
  UPSTREAM_UNAVAILABLE: {
    message: '相关系统暂时连不上',
    hint: '可以稍后再试，或拨打 12345 咨询',
    actions: ['retry', 'call'],
  },
  AUTH_REQUIRED: {
    message: '请先登录',
    hint: '到“我的”页面登录后再回来',
    actions: ['mine'],
  },
  AUTH_TOKEN_INVALID: {
    message: '登录已失效',
    hint: '到“我的”页面重新登录',
    actions: ['mine'],
  },
  REFRESH_TOKEN_INVALID: {
    message: '登录已过期或在别处退出',
    hint: '到“我的”页面重新登录',
    actions: ['mine'],
  },
  IDENTITY_REQUIRED: {
    message: '这项服务需要先实名认证',
    hint: '到“我的”页面完成实名认证，只需一次',
    actions: ['mine'],
    labels: { mine: '去“我的”实名认证' },
  },
  LICENCE_NOT_FOUND: {
    message: '没有找到这个证照',
    hint: '回到“电子证照”重新选择',
    actions: ['licences'],
  },
  LICENCE_NOT_VALID: {
    message: '这个证照已过期、已注销或未通过验证，不能出示',
    hint: '可以到发证机关换领或核实，或拨打 12345 咨询',
    actions: ['licences', 'call'],
  },
  DISPLAY_CODE_INVALID: {
    message: '亮证码无效、已用过或已过期',
    hint: '请对方刷新亮证码后重新扫码',
    actions: ['retry'],
  },
  CONSENT_NOT_FOUND: {
    message: '没有找到这条授权，可能已经撤回',
    hint: '点“重新加载”看看最新的授权',
    actions: ['retry'],
  },
};

export function adviceFor(code: AnyErrorCode | string): Advice {
  return table[code as AnyErrorCode] ?? fallback;
}
