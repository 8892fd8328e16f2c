import type { ErrorCode, FieldError, SlotOffer } from '@zsb/contracts';

/** HTTP status and the resident-facing Chinese message of every error code. */
export const ERROR_CATALOG: Record<ErrorCode, { status: number; message: string }> = {
  VALIDATION_FAILED: { status: 400, message: '请求的内容不正确，请检查后重试' },
  MATTER_CODE_INVALID: { status: 400, message: '事项编码格式不正确，应类似 410500-010203-001' },
  MATTER_NOT_FOUND: { status: 404, message: '没有找到这个事项，它可能已调整或停办，请重新搜索' },
  CENTER_NOT_FOUND: { status: 404, message: '没有找到这个便民服务中心，请重新选择' },
  THEME_NOT_FOUND: { status: 404, message: '没有找到这个“一件事”主题，请返回首页重新选择' },
  ROUTE_NOT_FOUND: { status: 404, message: '没有这个页面或接口' },
  REQUEST_MALFORMED: { status: 400, message: '请求格式不正确，请刷新后重试' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_TOKEN_INVALID: { status: 401, message: '登录已失效，请重新登录' },
  REFRESH_TOKEN_INVALID: { status: 401, message: '登录已过期或在别处退出，请重新登录' },
  LOGIN_CODE_INVALID: { status: 401, message: '登录没有成功，请关闭后重新打开小程序再试' },
  IDENTITY_REQUIRED: { status: 403, message: '这项服务需要先完成实名认证，请在“我的”里认证后再试' },
  ID_NUMBER_INVALID: { status: 400, message: '身份证号码不正确，请核对后重新填写（18 位，最后一位可能是 X）' },
  IDENTITY_MISMATCH: {
    status: 422,
    message: '姓名和身份证号码对不上，请核对是否有错字；仍不行请到便民服务中心窗口办理',
  },
  IDENTITY_PHONE_NOT_REGISTERED: {
    status: 422,
    message:
      '这个手机号不是登记在您本人身份证名下的，不能用来实名认证。请换用本人名下的手机号；用子女手机的老人，可带身份证到就近的便民服务中心窗口核验',
  },
  IDENTITY_PHONE_PROOF_REQUIRED: {
    status: 409,
    message:
      '这个身份证号已经实名认证过，需要用当时预留的手机号接收验证码确认是本人；那个号码不用了的，请带身份证到就近的便民服务中心窗口核验',
  },
  IDENTITY_STEP_EXPIRED: { status: 409, message: '确认已超时，请重新提交实名认证' },
  IDENTITY_ALREADY_VERIFIED: {
    status: 409,
    message:
      '这个账号已经实名认证为另一个人，不能改成别人的身份。替家人办事，请用家人自己的账号，或到便民服务中心窗口办理代办',
  },
  WINDOW_CODE_INVALID: { status: 400, message: '核验码无效或已过期，请群众在“实名认证”页面重新获取后再出示' },
  SMS_CODE_INVALID: { status: 400, message: '验证码不对或已过期，请重新获取' },
  CONSENT_REQUIRED: { status: 400, message: '需要您同意《个人信息处理说明》后才能实名认证' },
  LICENCE_NOT_FOUND: { status: 404, message: '没有找到这个证照，请回到“电子证照”重新选择' },
  LICENCE_NOT_VALID: { status: 409, message: '这个证照已过期或已注销，不能出示；请到发证部门换领' },
  DISPLAY_CODE_INVALID: { status: 400, message: '亮证码无效、已用过或已过期，请对方刷新后重新出示' },
  CONSENT_NOT_FOUND: { status: 404, message: '没有找到这条授权，可能已经撤回' },
  CONSENT_NOT_APPLICABLE: { status: 400, message: '这个事项用不到这种证照，无需授权' },
  MATTER_NOT_HANDLED: { status: 400, message: '这个地方办不了这个事项，请换一个中心（列表里已按能否办理筛选）' },
  SLOT_NOT_OFFERED: {
    status: 400,
    message: '这个时间不能预约（休息日、节假日或不在可预约的 7 天内），请重新选择日期和时段',
  },
  SLOT_TOO_LATE: { status: 409, message: '这个时段已经开始或已过当天预约截止时间，请选择之后的时段' },
  BOOKING_SLOT_FULL: { status: 409, message: '该时段已约满，请选择其他时段，或登记候补' },
  BOOKING_DUPLICATE_MATTER: { status: 409, message: '这个事项您已经有一个预约了，可在“我的预约”里改期' },
  BOOKING_LIMIT_REACHED: { status: 409, message: '您同时最多可有 3 个预约，请先办完或取消一个再约' },
  BOOKING_SUSPENDED: { status: 403, message: '因多次预约未到，暂时不能在线预约；可直接到窗口取号办理' },
  BOOKING_NOT_FOUND: { status: 404, message: '没有找到这个预约，请在“我的预约”里查看' },
  BOOKING_NOT_ACTIVE: { status: 409, message: '这个预约已取消、已签到或已过期，不能再修改' },
  BOOKING_CHANGE_TOO_LATE: { status: 409, message: '离预约时间太近，不能在线取消或改期；如不能到场，请致电中心' },
  BOOKING_BUSY: {
    status: 409,
    message: '同一时段正有很多人在预约或改期，这次没有办成，原来的预约没有变化；请再点一次',
  },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: '请求重复但内容不同，请刷新页面后重新提交' },
  WAITLIST_NOT_NEEDED: { status: 409, message: '无需候补：该时段还有空位，或您已在候补中' },
  WAITLIST_NOT_FOUND: { status: 404, message: '没有找到这条候补登记' },
  STAFF_ONLY: { status: 403, message: '只有中心工作人员可以签到核验' },
  CENTER_ADMIN_ONLY: { status: 403, message: '申诉和申报无法整改需由中心管理员办理，请联系本中心管理员' },
  CENTER_CLOSED: { status: 409, message: '这个中心在这段时间暂停服务，请选择其他时间或附近的其他中心' },
  ADMIN_ONLY: { status: 403, message: '管理后台仅供县级管理员和中心管理员使用，请联系县政务服务中心开通' },
  ADMIN_NOT_FOUND: { status: 404, message: '没有找到，或不在您管理的范围内' },
  ADMIN_GRANT_NOT_ALLOWED: { status: 403, message: '您不能在这里授予这个角色' },
  ADMIN_PERSON_NOT_FOUND: {
    status: 404,
    message: '没有找到用这个手机号完成实名认证的用户，请对方先在掌上办里登录并实名认证',
  },
  CHECK_IN_CODE_INVALID: {
    status: 400,
    message: '签到码无效、已使用或不是今天的预约，请群众在“我的预约”里刷新后再出示',
  },
  CHECK_IN_OTHER_CENTER: { status: 403, message: '这个预约不是本中心的，请引导群众到预约的中心办理' },
  FORM_NOT_AVAILABLE: { status: 409, message: '这个事项暂时不能在手机上申请，请按办事指南预约后到窗口办理' },
  DRAFT_NOT_FOUND: { status: 404, message: '没有找到这份草稿，它可能已提交或超过 30 天已清理' },
  UPLOAD_TOO_LARGE: {
    status: 413,
    message: '文件太大了，请拍照上传或压缩后再试（图片不超过 10 MB，PDF 不超过 20 MB）',
  },
  UPLOAD_TYPE_NOT_ALLOWED: { status: 415, message: '只能上传照片（JPG、PNG、WebP）或 PDF 文件' },
  UPLOAD_MALFORMED: { status: 400, message: '文件已损坏或无法识别，请重新拍照或换一个文件' },
  UPLOAD_NOT_FOUND: { status: 400, message: '有附件找不到了（可能已过期），请重新上传' },
  FILE_NOT_FOUND: { status: 404, message: '没有找到这个文件，它可能已删除或已过期，请重新上传' },
  APPLICATION_NOT_FOUND: { status: 404, message: '没有找到这件申请，请在“我的办件”里查看' },
  LICENCE_CONSENT_REQUIRED: { status: 409, message: '使用电子证照前需要您授权本事项使用，请点“授权使用”后再提交' },
  SUPPLEMENT_NOT_REQUESTED: { status: 409, message: '这件申请当前不需要补正，或补正的内容与要求不一致，请刷新后查看' },
  PROGRESS_NOT_FOUND: { status: 404, message: '办件编号或查询码不正确，请核对后再查' },
  REVIEW_NOT_FOUND: { status: 404, message: '没有找到这条评价，请在“我的评价”里查看' },
  REVIEW_NOT_OPEN: { status: 409, message: '这项服务现在不能评价：办结或签到后才能评价，评价期过后也不能再评价' },
  REVIEW_ALREADY_GIVEN: { status: 409, message: '这项服务已经评价过了，可以在“我的评价”里修改一次' },
  REVIEW_REVISION_USED: { status: 409, message: '评价只能修改一次，或者已过了可以修改的时间' },
  REVIEW_STEP_NOT_OPEN: { status: 409, message: '这条差评现在不在这一步，请刷新后查看最新进展' },
  FEEDBACK_NOT_FOUND: { status: 404, message: '没有找到这条反映或咨询，请在“我的反映”里查看' },
  FEEDBACK_ANSWERED: { status: 409, message: '这条反映或咨询已经答复，不能再修改' },
  MANDATE_NOT_FOUND: { status: 404, message: '没有找到这项委托，或委托已过期、已撤销、不包括这件事' },
  MANDATE_NOT_ACTIVE: { status: 409, message: '这项委托已经撤销或过期了' },
  MANDATE_NOT_ALLOWED: { status: 409, message: '不能这样委托，请看提示' },
  MANDATE_INVITE_INVALID: { status: 400, message: '代办二维码无效或已过期，请对方刷新后再扫' },
  MANDATE_FACE_NOT_PASSED: {
    status: 422,
    message: '人脸核验没有通过，或不是委托人本人、已失效。请让委托人本人对着手机重新刷脸',
  },
  HANDOVER_NOT_OPEN: { status: 409, message: '这件的办理结果还没出来，或已经交付过了' },
  HOME_VISIT_NOT_FOUND: { status: 404, message: '没有找到这个上门服务申请，请在“上门服务”里查看' },
  HOME_VISIT_STEP_NOT_OPEN: { status: 409, message: '这个上门服务申请现在不能这样处理，请刷新看看最新状态' },
  CALLBACK_SIGNATURE_INVALID: { status: 401, message: '回调签名无效' },
  RATE_LIMITED: { status: 429, message: '操作太频繁了，请稍等一会儿再试' },
  CATALOG_UNAVAILABLE: { status: 503, message: '办事指南正在准备中，请稍后再试' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: '省政务服务平台暂时连不上，请稍后再试' },
  DATABASE_UNAVAILABLE: { status: 503, message: '系统正在恢复连接，请过几秒钟再试一次' },
  INTERNAL_ERROR: { status: 500, message: '系统开小差了，请稍后再试；如一直不行，请拨打 12345 并告知请求编号' },
};

/** The one error class of the BFF: a stable code, optionally a more specific message and field details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: FieldError[],
  ) {
    super(message ?? ERROR_CATALOG[code].message);
    this.name = 'AppError';
  }

  /** For logs only, never sent: what went wrong in words an operator needs (e.g. which upstream, which status). */
  internalDetail?: string;

  /** Sent with BOOKING_SLOT_FULL: other free slots, so the resident has somewhere to go. */
  offers?: SlotOffer[];

  /** Sent with IDENTITY_PHONE_PROOF_REQUIRED: where the next code goes, masked. */
  phoneOnFileMasked?: string;

  /** With RATE_LIMITED: sent as Retry-After. */
  retryAfterSec?: number;

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}
