/** What the resident may pick: how many files at most, and of which kinds. */
export interface PickOptions {
  count: number;
  accept: readonly ('image' | 'pdf')[];
}

/** The resident closed the picker without choosing: not an error to show. */
export function isCancel(err: unknown): boolean {
  const text = String(
    (err as { errMsg?: string; errorMessage?: string })?.errMsg ??
      (err as { errorMessage?: string })?.errorMessage ??
      err,
  );
  return /cancel|取消/i.test(text);
}

/** The last segment of a temporary path, for a name to show ("tmp_3f…jpg" is better than nothing). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || '照片.jpg';
}
