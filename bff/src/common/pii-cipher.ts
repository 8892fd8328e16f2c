import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

// The stored form names its key, so a new key can be introduced and old rows re-encrypted at leisure.
const KEY_ID = 'k1';

/**
 * Personal data at rest: AES-256-GCM with a random 96-bit nonce per value, stored as
 * `k1.<nonce>.<tag>.<ciphertext>` (base64url), and a keyed HMAC-SHA256 "blind index" to find a row by ID number
 * or phone without decrypting. Where the national standard applies (等保 / 密评), SM4-GCM and HMAC-SM3 from a
 * certified library replace these two primitives here and nowhere else.
 */
@Injectable()
export class PiiCipher {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(config.security.piiKey, 'base64');
    this.hashKey = Buffer.from(config.security.piiHashKey, 'base64');
  }

  encrypt(plain: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [KEY_ID, nonce, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [keyId, nonce, tag, data] = stored.split('.');
    if (keyId !== KEY_ID || !nonce || !tag || data === undefined) throw new Error('PII value in an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The lookup hash of a value; `purpose` keeps an ID number's hash from matching a phone's. */
  blindIndex(purpose: 'id-number' | 'phone' | 'sms-code', value: string): string {
    return createHmac('sha256', this.hashKey).update(`${purpose}\u0000${value}`).digest('base64url');
  }
}
