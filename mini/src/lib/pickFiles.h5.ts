import { kindOf, type PickedFile } from './pickedFile';
import type { PickOptions } from './pickFiles.types';

export type { PickOptions } from './pickFiles.types';

// H5: the browser's file input; on a phone it offers the camera, the album and files. It must be opened from the
// tap itself (no await before this call), or the browser blocks it.
export function pickFiles(options: PickOptions): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = [
      ...(options.accept.includes('image') ? ['image/jpeg', 'image/png', 'image/webp'] : []),
      ...(options.accept.includes('pdf') ? ['application/pdf'] : []),
    ].join(',');
    input.multiple = options.count > 1;
    input.style.display = 'none';
    const done = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, options.count);
      done(
        files.map((f) => ({
          name: f.name,
          size: f.size,
          kind: kindOf(f.type || f.name),
          preview: URL.createObjectURL(f),
          blob: f,
        })),
      );
    });
    input.addEventListener('cancel', () => done([]));
    // Some mobile browsers open the picker only for an input that is in the document.
    document.body.appendChild(input);
    input.click();
  });
}
