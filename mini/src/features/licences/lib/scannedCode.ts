import { normaliseShortCode } from '@zsb/domain';

// A display code as the QR carries it: `<id>.<tag>`, both base64url. Scanners add whitespace or read a URL-ish
// prefix. Or the 8-character 亮证短码 under the QR, as a clerk types it (spaces, lower case, O for 0 forgiven).
// Anything else is not a 亮证码 and is refused here, before it costs a request.
const CODE = /^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}$/;

export function scannedCode(text: string): string | null {
  const trimmed = text.trim();
  const candidate = trimmed.includes('code=')
    ? (new URLSearchParams(trimmed.split('?')[1] ?? '').get('code') ?? '')
    : trimmed;
  if (CODE.test(candidate)) return candidate;
  return normaliseShortCode(trimmed);
}
