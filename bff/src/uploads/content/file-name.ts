import { maskPiiInText } from '@zsb/domain';

export const MAX_NAME_LENGTH = 80;

// Letters and digits of any script, combining marks, and a few punctuation marks people put in file names.
const UNSAFE = /[^\p{L}\p{M}\p{N} ._()[\]（）【】《》、，,+&@#~-]/gu;
// Control and format characters: NUL, newlines, bidi overrides ("gpj.exe" shown as "exe.jpg"), zero-widths.
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/gu;
// A trailing extension such as .jpg/.JPEG/.pdf: replaced by the one of what the file really is.
const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;

/**
 * The name shown back and sent with the application: the last path segment of what the client sent, only safe
 * characters, ID-number and phone runs masked (names like 410502198001010036.jpg happen), at most 80
 * characters, ending in the extension of the stored content. It is never used to build a storage path.
 */
export function cleanName(raw: string | undefined, extension: 'jpg' | 'png' | 'pdf'): string {
  const base = (raw ?? '').normalize('NFC').replace(INVISIBLE, '').split(/[\\/]/).pop() ?? '';
  let stem = base.replace(EXTENSION, '').replace(UNSAFE, '_').replace(/\s+/g, ' ');
  stem = trimEnds(maskPiiInText(stem));
  const room = MAX_NAME_LENGTH - extension.length - 1;
  stem = trimEnds(Array.from(stem).slice(0, room).join(''));
  return `${stem || '附件'}.${extension}`;
}

// No leading dots (hidden files, "..") and no dots, spaces or underscores dangling at either end.
const trimEnds = (s: string): string => s.replace(/^[\s._]+|[\s._]+$/g, '');
