/**
 * Where an uploaded file can be shown from on this device: the picked file itself right after uploading (no
 * download), or its content fetched once for a draft resumed later. Kept for the life of the app.
 */
export interface Preview {
  path: string;
  kind: 'image' | 'pdf' | null;
}

const previews = new Map<string, Preview>();

export function rememberPreview(uploadId: string, preview: Preview): void {
  previews.set(uploadId, preview);
}

export function knownPreview(uploadId: string): Preview | undefined {
  return previews.get(uploadId);
}
