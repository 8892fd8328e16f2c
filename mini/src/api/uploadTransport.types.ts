import type { PickedFile } from '../lib/pickedFile';

export interface FileUploadRequest {
  url: string;
  header: Record<string, string>;
  file: PickedFile;
  timeout: number;
  /** 0–100 while the bytes go out. */
  onProgress: (percent: number) => void;
}

export interface FileUploadResponse {
  statusCode: number;
  /** Parsed JSON when it was JSON. */
  data: unknown;
}

/** An upload's content on the device, to show; `kind` when the platform told the content type. */
export interface FetchedFile {
  statusCode: number;
  path: string | null;
  kind: 'image' | 'pdf' | null;
}

/** Parses a text body that should be JSON; anything else is kept as text for the generic error message. */
export function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
