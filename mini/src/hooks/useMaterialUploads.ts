import { useCallback, useRef, useState } from 'react';
import type { Upload, UploadKind } from '@zsb/contracts';
import { asApiError, type ApiError } from '../api/errors';
import { uploadsApi } from '../api/uploads';
import { pickedFileProblem, type PickedFile } from '../lib/pickedFile';
import { pickFiles } from '../lib/pickFiles';
import { rememberPreview } from '../lib/uploadPreviews';

/** A file on its way up, or one that did not make it (with the reason, and a retry when it may work later). */
export interface PendingUpload {
  localId: string;
  file: PickedFile;
  percent: number;
  status: 'uploading' | 'failed';
  /** Why it failed, in the resident's words. */
  problem: string | null;
  /** A network failure: the same file can be sent again. */
  retryable: boolean;
}

interface Options {
  accept: readonly UploadKind[];
  onUploaded: (upload: Upload) => void;
}

const retryableCodes = new Set<string>([
  'NETWORK_OFFLINE',
  'NETWORK_FAILED',
  'TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'RATE_LIMITED',
  'BAD_RESPONSE',
]);

/**
 * Picking and uploading the files of one material, with progress. A failed file stays in the list with its
 * reason, so a dropped network costs a tap on 重试, not a new photo.
 */
export function useMaterialUploads({ accept, onUploaded }: Options) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const seq = useRef(0);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  const patch = (localId: string, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((p) => (p.localId === localId ? { ...p, ...change } : p)));

  const send = useCallback((localId: string, file: PickedFile) => {
    patch(localId, { status: 'uploading', percent: 0, problem: null, retryable: false });
    uploadsApi
      .upload(file, (percent) => patch(localId, { percent }))
      .then((upload) => {
        rememberPreview(upload.id, { path: file.preview, kind: upload.kind });
        setPending((list) => list.filter((p) => p.localId !== localId));
        onUploadedRef.current(upload);
      })
      .catch((err: unknown) => {
        const e: ApiError = asApiError(err);
        patch(localId, {
          status: 'failed',
          problem: e.message,
          retryable: retryableCodes.has(e.code) || e.status === null,
        });
      });
  }, []);

  /** Opens the picker (straight from the tap: H5 and WeChat refuse it later) and uploads what was chosen. */
  const pick = useCallback(
    (count: number) => {
      pickFiles({ count: Math.max(1, count), accept })
        .then((files) => {
          for (const file of files) {
            const localId = `f${++seq.current}`;
            const problem = pickedFileProblem(file, accept);
            setPending((list) => [
              ...list,
              { localId, file, percent: 0, status: problem ? 'failed' : 'uploading', problem, retryable: false },
            ]);
            if (!problem) send(localId, file);
          }
        })
        .catch(() => undefined);
    },
    [accept, send],
  );

  const retry = useCallback(
    (localId: string) => {
      const p = pending.find((x) => x.localId === localId);
      if (p) send(localId, p.file);
    },
    [pending, send],
  );

  const dismiss = useCallback((localId: string) => setPending((list) => list.filter((p) => p.localId !== localId)), []);

  return { pending, pick, retry, dismiss };
}
