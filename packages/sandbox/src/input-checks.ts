import { createHash } from 'node:crypto';

// Checks shared by the platform's request parsers (approval, 好差评). A parser answers the parsed value or
// `{ error }`, the message of a 400 that names the field; messages never repeat an ID number or a phone number.

export type Parsed<T> = T | { error: string };

export const isError = <T>(v: Parsed<T>): v is { error: string } =>
  v !== null && typeof v === 'object' && 'error' in (v as object);

export const PHONE = /^1[3-9]\d{9}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** Whether a string has at most `max` code points; a megabyte-long string is refused without being spread. */
export function fits(raw: string, max: number): boolean {
  if (raw.length <= max) return true;
  return raw.length <= 2 * max && [...raw].length <= max;
}

/** A string of at most `max` characters; `required` also refuses one that is empty or blank. */
export function text(raw: unknown, field: string, max: number, required = true): Parsed<string> {
  if (typeof raw !== 'string' || (required && raw.trim() === '') || !fits(raw, max)) {
    return { error: `${field} must be ${required ? 'a non-empty' : 'a'} string of at most ${max} characters` };
  }
  return raw;
}

/**
 * The bytes of non-empty standard base64 (RFC 4648 §4: + and /, padded, no line breaks), or null.
 *
 * No regular expression reads the payload. Once an isolate has compiled about 1 MB of regexp code (a long jest
 * worker, a long-lived process), V8 compiles every new regexp without optimization (TooMuchRegExpCode in
 * src/regexp/regexp.cc), and an unoptimized `[A-Za-z0-9+/]+` keeps 16 bytes of backtrack stack per character:
 * past about 4.2 million characters (a 3 MB file) it throws "Maximum call stack size exceeded", a 500.
 */
export function decodeStandardBase64(b64: string): Buffer | null {
  if (b64.length === 0 || b64.length % 4 !== 0) return null;
  const bytes = Buffer.from(b64, 'base64');
  // Node's decoder skips stray characters and takes base64url's - and _ too. Node writes only standard, padded
  // base64 with zero unused bits, so encoding back equals the input exactly when every character was meant.
  return bytes.length > 0 && bytes.toString('base64') === b64 ? bytes : null;
}

export interface Upload {
  sha256: string;
  size: number;
  content_base64: string;
}

/**
 * An uploaded file's `sha256`, `size` and `content_base64`: canonical base64 whose decoded bytes are `size` long
 * (at most `maxBytes`, checked before decoding) and hash to `sha256`.
 */
export function checkUpload(m: Record<string, unknown>, field: string, maxBytes = Infinity): Parsed<Upload> {
  if (typeof m.sha256 !== 'string' || !SHA256.test(m.sha256))
    return { error: `${field}.sha256 must be 64 lowercase hex digits` };
  if (typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size < 1)
    return { error: `${field}.size must be a positive whole number of bytes` };
  if (m.size > maxBytes) return { error: `${field}.size must be at most ${maxBytes} bytes` };
  const content = typeof m.content_base64 === 'string' ? decodeStandardBase64(m.content_base64) : null;
  if (!content) return { error: `${field}.content_base64 must be non-empty standard base64` };
  if (content.length !== m.size) return { error: `${field}.size does not match the content (${content.length} bytes)` };
  if (createHash('sha256').update(content).digest('hex') !== m.sha256)
    return { error: `${field}.sha256 does not match the content` };
  return { sha256: m.sha256, size: m.size, content_base64: m.content_base64 as string };
}
