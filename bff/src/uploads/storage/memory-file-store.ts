import { assertStorageKey, FileStore } from './file-store.port';

/** For DATA_DIR=memory:// (throwaway runs): files go when the process does, like the database. */
export class MemoryFileStore extends FileStore {
  readonly kind = 'memory';
  private readonly files = new Map<string, Buffer>();

  async put(key: string, bytes: Buffer): Promise<void> {
    assertStorageKey(key);
    this.files.set(key, Buffer.from(bytes));
  }

  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    return this.files.get(key) ?? null;
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    this.files.delete(key);
  }
}
