import type { ErrorCode, FieldError } from '@zsb/contracts';

/** HTTP status and the resident-facing Chinese message of every error code. */
export const ERROR_CATALOG: Record<ErrorCode, { status: number; message: string }> = {
  VALIDATION_FAILED: { status: 400, message: '请求的内容不正确，请检查后重试' },
  MATTER_CODE_INVALID: { status: 400, message: '事项编码格式不正确，应类似 410500-010203-001' },
  MATTER_NOT_FOUND: { status: 404, message: '没有找到这个事项，它可能已调整或停办，请重新搜索' },
  CENTER_NOT_FOUND: { status: 404, message: '没有找到这个便民服务中心，请重新选择' },
  THEME_NOT_FOUND: { status: 404, message: '没有找到这个“一件事”主题，请返回首页重新选择' },
  ROUTE_NOT_FOUND: { status: 404, message: '没有这个页面或接口' },
  REQUEST_MALFORMED: { status: 400, message: '请求格式不正确，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '操作太频繁了，请稍等一会儿再试' },
  CATALOG_UNAVAILABLE: { status: 503, message: '办事指南正在准备中，请稍后再试' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: '省政务服务平台暂时连不上，请稍后再试' },
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

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}
