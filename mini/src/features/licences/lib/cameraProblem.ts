// What the verifier reads when the browser's camera cannot be used; the typed short code is always the way on.

const TYPE_INSTEAD = '请在下方输入对方二维码下面的 8 位短码。';

export const CAMERA_PROBLEMS = {
  refused: `没有得到使用摄像头的允许。可在浏览器的网站设置里允许本网页使用摄像头后重试，或${TYPE_INSTEAD}`,
  absent: `这台设备上没有找到可用的摄像头，${TYPE_INSTEAD}`,
  busy: `摄像头正被其他应用占用，请关掉其他用摄像头的应用后重试，或${TYPE_INSTEAD}`,
  insecure: `浏览器只允许 https 加密网页使用摄像头，这个网址不能扫码，${TYPE_INSTEAD}`,
  unsupported: `这个浏览器不能用摄像头扫码，${TYPE_INSTEAD}`,
  failed: `摄像头没能打开，请重试，或${TYPE_INSTEAD}`,
} as const;

export type CameraProblem = keyof typeof CAMERA_PROBLEMS;

/** The kind of a getUserMedia refusal, by the DOMException names browsers use (old Chrome's names too). */
export function cameraProblemOf(err: unknown): CameraProblem {
  const name = err && typeof err === 'object' && 'name' in err ? String(err.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'refused';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'absent';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'failed';
  }
}

/** Before asking: whether this page can have a camera at all. */
export function cameraUnavailable(secure: boolean, hasGetUserMedia: boolean): CameraProblem | null {
  if (hasGetUserMedia) return null;
  return secure ? 'unsupported' : 'insecure';
}
