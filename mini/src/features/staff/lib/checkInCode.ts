// A booking's check-in code as its QR carries it (the BFF's format: 20–64 of A–Z a–z 0–9 _ -). Scanners and
// pasting add spaces or line breaks; anything else is not a check-in code and is refused here, before it costs a
// request, with what to ask the resident for instead.
const CODE = /^[A-Za-z0-9_-]{20,64}$/;
const DISPLAY_CODE = /^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}$/;

export type CodeReading = { code: string } | { problem: string };

export function readCheckInCode(text: string): CodeReading {
  const t = text.replace(/\s+/g, '');
  if (CODE.test(t)) return { code: t };
  if (t === '') return { problem: '请先粘贴或输入签到码' };
  if (DISPLAY_CODE.test(t))
    return { problem: '这是电子证照的亮证码，不是预约签到码。请群众打开“我的 › 我的预约”，点开预约出示签到码' };
  return { problem: '这不是掌上办的预约签到码。请群众打开“我的 › 我的预约”，点开预约出示签到码' };
}
