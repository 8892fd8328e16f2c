import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStore } from './local-file-store';

describe('the local file store', () => {
  const root = mkdtempSync(join(tmpdir(), 'zsb-store-'));
  const store = new LocalFileStore(join(root, 'uploads'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('puts, gets and deletes by key, files readable by the owner only', async () => {
    await store.put('ab/abcdefghijklmnopqrstuv', Buffer.from('one'));
    expect((await store.get('ab/abcdefghijklmnopqrstuv'))?.toString()).toBe('one');
    expect(statSync(join(root, 'uploads/ab/abcdefghijklmnopqrstuv')).mode & 0o777).toBe(0o600);
    await store.delete('ab/abcdefghijklmnopqrstuv');
    expect(await store.get('ab/abcdefghijklmnopqrstuv')).toBeNull();
    await store.delete('ab/abcdefghijklmnopqrstuv');
  });

  it('refuses any key that is not one it would generate', async () => {
    for (const key of ['../../etc/passwd', 'ab/../../x', '/etc/passwd', 'ab\\abcdefghijklmnopqrstuv', 'ab/abc', '']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('invalid storage key');
      await expect(store.get(key)).rejects.toThrow('invalid storage key');
    }
  });

  it('leaves no partial file when a write fails', async () => {
    // A folder where the file should go makes the final rename fail.
    mkdirSync(join(root, 'uploads/cd/cdefghijklmnopqrstuvwx'), { recursive: true });
    await expect(store.put('cd/cdefghijklmnopqrstuvwx', Buffer.from('x'))).rejects.toThrow();
    expect(readdirSync(join(root, 'uploads/cd'))).toEqual(['cdefghijklmnopqrstuvwx']);
  });
});
