import type { ErrorCode } from '@zsb/contracts';

/** Errors the client itself detects, beside the BFF's codes. */
export type ClientErrorCode = 'NETWORK_OFFLINE' | 'NETWORK_FAILED' | 'TIMEOUT' | 'BAD_RESPONSE';
export type AnyErrorCode = ErrorCode | ClientErrorCode;

export type NextStep =
  'retry' | 'search' | 'call' | 'home' | 'mine' | 'licences' | 'applications' | 'mandates' | 'back';

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
  BOOKING_BUSY: {
    message: '同一时段正有很多人在预约或改期，这次没有办成',
    hint: '原来的预约没有变化，请再点一次',
    actions: ['retry'],
  },
  DATABASE_UNAVAILABLE: {
    message: '系统正在恢复连接',
    hint: '过几秒钟再点“重新加载”',
    actions: ['retry'],
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
  VALIDATION_FAILED: {
    message: '填写的内容有问题',
    hint: '请按红字提示修改后再试',
    actions: ['back'],
  },
  FORM_NOT_AVAILABLE: {
    message: '这个事项暂时不能在手机上办理',
    hint: '办事指南里写了办理地点，可以预约后到窗口办理',
    actions: ['back', 'call'],
    labels: { back: '回到办事指南' },
  },
  DRAFT_NOT_FOUND: {
    message: '这份草稿已经提交、删除或超过 30 天没有保存',
    hint: '可以回到办事指南重新填写，或到“我的办件”看看',
    actions: ['applications', 'back'],
  },
  APPLICATION_NOT_FOUND: {
    message: '没有找到这件办件',
    hint: '回到“我的办件”看看您提交过的申请',
    actions: ['applications'],
  },
  LICENCE_CONSENT_REQUIRED: {
    message: '使用电子证照前需要您授权',
    hint: '在“提交材料”里点“使用电子证照”并同意授权，或者改为上传照片',
    actions: ['back'],
  },
  SUPPLEMENT_NOT_REQUESTED: {
    message: '现在没有需要补正的内容，或补充的内容和要求的不一致',
    hint: '点“重新加载”看看办件的最新进度',
    actions: ['retry', 'applications'],
  },
  IDEMPOTENCY_KEY_REUSED: {
    message: '这次提交和上一次的内容不一样',
    hint: '请再点一次“提交申请”',
    actions: ['retry'],
  },
  UPLOAD_TOO_LARGE: {
    message: '文件太大了',
    hint: '照片不超过 10 MB，PDF 不超过 20 MB；可以重新拍一张',
    actions: ['retry'],
  },
  UPLOAD_TYPE_NOT_ALLOWED: {
    message: '只能上传照片（JPG、PNG）或 PDF 文件',
    hint: '苹果手机的照片请在“设置 › 相机 › 格式”里选“兼容性最佳”后重新拍',
    actions: ['retry'],
  },
  UPLOAD_MALFORMED: {
    message: '文件打不开，可能已损坏',
    hint: '请重新拍照或换一个文件',
    actions: ['retry'],
  },
  UPLOAD_NOT_FOUND: {
    message: '有文件已过期或被删除',
    hint: '请在“提交材料”里重新上传',
    actions: ['back'],
  },
  STAFF_ONLY: {
    message: '只有中心工作人员可以使用',
    hint: '窗口签到要用开通了工作人员权限的账号；需要开通请联系所在中心的管理员',
    actions: ['mine'],
    labels: { mine: '回到“我的”' },
  },
  CHECK_IN_CODE_INVALID: {
    message: '签到码无效、已使用或不是今天的预约',
    hint: '已经签过到的不用再签；否则请群众在“我的预约”里点开这条预约，出示最新的签到码',
    actions: [],
  },
  CHECK_IN_OTHER_CENTER: {
    message: '这个预约不是本中心的',
    hint: '请看群众“我的预约”里写的办事点，引导他到那里办理，或在本中心现场取号',
    actions: [],
  },
  REVIEW_NOT_FOUND: {
    message: '没有找到这条评价',
    hint: '到“我的 › 我的评价”看看您给过的评价',
    actions: ['back'],
  },
  REVIEW_NOT_OPEN: {
    message: '这次服务现在不能评价',
    hint: '可能还没办结、没有签到，或者已经过了评价时间',
    actions: ['back'],
  },
  REVIEW_ALREADY_GIVEN: {
    message: '这次服务您已经评价过了',
    hint: '到“我的 › 我的评价”查看；评价可以修改一次',
    actions: ['back'],
  },
  REVIEW_REVISION_USED: {
    message: '这条评价已经修改过一次，或已过修改期限',
    hint: '评价只能修改一次；有问题可以拨打 12345 反映',
    actions: ['back', 'call'],
  },
  REVIEW_STEP_NOT_OPEN: {
    message: '这一步现在不能办理',
    hint: '点“重新加载”看看现在的办理进度',
    actions: ['retry'],
  },
  FEEDBACK_NOT_FOUND: {
    message: '没有找到这条反映',
    hint: '可以到“我的 › 我的反映”查看您提交过的反映和咨询',
    actions: ['back'],
  },
  FEEDBACK_ANSWERED: {
    message: '这条反映已经答复过了',
    hint: '答复以后不能再记录，点“重新加载”看看答复内容',
    actions: ['retry'],
  },
  PROGRESS_NOT_FOUND: {
    message: '没有查到这件办件',
    hint: '请核对办件编号和 6 位查询码：提交成功的页面和“我的办件”里都有',
    actions: [],
  },
  MANDATE_NOT_FOUND: {
    message: '没有找到这项委托，或委托已过期、已撤销、不包括这件事',
    hint: '可以到“我的 › 委托代办”看委托了哪些事、还有没有效',
    actions: ['mandates'],
  },
  MANDATE_NOT_ACTIVE: {
    message: '这项委托已经撤销或过期了',
    hint: '点“重新加载”看看委托现在的情况',
    actions: ['retry', 'mandates'],
  },
  MANDATE_INVITE_INVALID: {
    message: '代办码无效或已过期',
    hint: '请对方在“委托代办”里重新出示代办码，再扫一次',
    actions: ['mandates'],
  },
};

export function adviceFor(code: AnyErrorCode | string): Advice {
  return table[code as AnyErrorCode] ?? fallback;
}
