/**
 * Where upload bytes live. Keys are chosen by the uploads service (random, never from a file name); an adapter
 * only stores, returns and removes bytes. `get` answers null for a key it does not hold, `delete` succeeds for
 * one it does not hold (so a retried clean-up never fails on what the first try removed).
 */
export abstract class FileStore {
  abstract readonly kind: 'local' | 's3' | 'memory';
  abstract put(key: string, bytes: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer | null>;
  abstract delete(key: string): Promise<void>;
}

// What the service generates: a two-character fan-out folder and a random id (base64url).
const KEY = /^[A-Za-z0-9_-]{2}\/[A-Za-z0-9_-]{16,64}$/;

/** Adapters refuse any other key, so a bug upstream can never turn into a path outside the store. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error('invalid storage key');
}
