import { randomBytes } from 'node:crypto';

/** An id nobody can guess or enumerate: 128 random bits, base64url (22 characters). */
export const randomId = (): string => randomBytes(16).toString('base64url');

/** A secret the bearer proves possession with: 256 random bits, base64url (43 characters). */
export const randomToken = (): string => randomBytes(32).toString('base64url');
