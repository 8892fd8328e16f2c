import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertStorageKey, FileStore } from './file-store.port';

const isMissing = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT';

/** Files under one folder (`<DATA_DIR>/uploads` by default), readable by the BFF's user only. */
export class LocalFileStore extends FileStore {
  readonly kind = 'local';

  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written beside its final name and renamed: a reader never sees half a file, and a crash leaves only a
    // `.part` file, never a wrong one under the key.
    const part = `${path}.${randomBytes(6).toString('hex')}.part`;
    try {
      await writeFile(part, bytes, { mode: 0o600, flag: 'wx' });
      await rename(part, path);
    } catch (e) {
      await rm(part, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, key);
  }
}
