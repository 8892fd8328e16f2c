import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below ~1 KB a compressed body saves less than its cost on both ends. */
export const COMPRESS_THRESHOLD = 1024;

export type Encoding = 'br' | 'gzip';

/** The encoding to answer with for an Accept-Encoding header: brotli, else gzip, when accepted (q > 0). */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: Encoding): boolean => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

// Keyed by an answer that is shared between requests and never mutated (a cached catalog answer): compressed once
// per encoding, dropped with the answer.
const compressed = new WeakMap<object, Partial<Record<Encoding, Buffer>>>();

/** `text` (the JSON of `answer`) compressed with `encoding`, computed once per answer and encoding. */
export function compressOnce(answer: object, text: string, encoding: Encoding): Buffer {
  let entry = compressed.get(answer);
  if (!entry) compressed.set(answer, (entry = {}));
  // Once per answer, so a better ratio than the on-the-fly default (brotli 4) is worth its ~1 ms.
  return (entry[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(text, { level: 9 }));
}
