import { useEffect, useState } from 'react';
import { uploadsApi } from '../api/uploads';
import { knownPreview, rememberPreview, type Preview } from '../lib/uploadPreviews';

/** The picture of an uploaded file for its thumbnail: known at once after uploading, else read from the BFF. */
export function useUploadPreview(uploadId: string): { preview: Preview | null; failed: boolean } {
  const [preview, setPreview] = useState<Preview | null>(() => knownPreview(uploadId) ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const known = knownPreview(uploadId);
    if (known) {
      setPreview(known);
      return undefined;
    }
    let live = true;
    uploadsApi
      .local(uploadId)
      .then((got) => {
        if (!live) return;
        if (!got.path) {
          setFailed(true);
          return;
        }
        const p = { path: got.path, kind: got.kind };
        rememberPreview(uploadId, p);
        setPreview(p);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [uploadId]);
  return { preview, failed };
}
