import { TransportError } from './transport.types';
import { parseBody, type FetchedFile, type FileUploadRequest, type FileUploadResponse } from './uploadTransport.types';

// H5: FormData over XMLHttpRequest, the one browser API that reports upload progress. The browser writes the
// multipart Content-Type with its boundary itself.
export function sendFile(req: FileUploadRequest): Promise<FileUploadResponse> {
  return new Promise((resolve, reject) => {
    if (!req.file.blob) {
      reject(new TransportError('network', 'no file to send'));
      return;
    }
    const form = new FormData();
    form.append('file', req.file.blob, req.file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', req.url);
    xhr.timeout = req.timeout;
    for (const [k, v] of Object.entries(req.header)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) req.onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => resolve({ statusCode: xhr.status, data: parseBody(xhr.responseText) });
    xhr.onerror = () => reject(new TransportError('network', 'upload failed'));
    xhr.ontimeout = () => reject(new TransportError('timeout', 'upload timed out'));
    xhr.onabort = () => reject(new TransportError('network', 'upload aborted'));
    xhr.send(form);
  });
}

/** An object URL for an upload's content (thumbnails of a resumed draft), read with the resident's token. */
export async function fetchFile(url: string, header: Record<string, string>): Promise<FetchedFile> {
  let res: Response;
  try {
    res = await fetch(url, { headers: header });
  } catch (err) {
    throw new TransportError('network', String(err));
  }
  if (!res.ok) return { statusCode: res.status, path: null, kind: null };
  const blob = await res.blob();
  return {
    statusCode: res.status,
    path: URL.createObjectURL(blob),
    kind: blob.type === 'application/pdf' ? 'pdf' : 'image',
  };
}
