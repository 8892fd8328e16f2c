// 电子证照: the resident's e-licences, showing them (亮证), authorised use (授权用证) and the use log (用证记录).

export type LicenceStatus = 'valid' | 'expired' | 'revoked';

export interface LicenceSummary {
  /** Opaque and unguessable. */
  id: string;
  typeCode: string;
  typeName: string;
  /** 4105**********0036 */
  numberMasked: string;
  issuer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  validUntil: string | null;
  status: LicenceStatus;
}

export interface LicenceList {
  items: LicenceSummary[];
}

export interface LicenceField {
  label: string;
  value: string;
  /** The value shown is a masked form; ask with ?reveal=true for the whole (logged as a read). */
  masked: boolean;
}

export interface LicenceDetail extends LicenceSummary {
  holderNameMasked: string;
  fields: LicenceField[];
  /** The issuer's seal checked out against the library's published key: the app shows 已验证 only then. */
  verified: boolean;
  seal: { issuer: string; keyId: string; algorithm: string; signedAt: string } | null;
}

/** POST /api/v1/licences/:id/display-codes */
export interface DisplayCodeRequest {
  /** Labels of the fields the verifier may see (from LicenceDetail.fields). */
  fields: string[];
  /** 60–300 seconds; default 120. */
  ttlSec?: number;
}

export interface DisplayCode {
  /** Goes into the QR code; works once, until expiresAt. */
  code: string;
  /**
   * 亮证短码: 8 characters (Crockford base32: digits and capitals without I, L, O, U) printed under the QR, grouped
   * 4-4, for a verifier who cannot scan to type. The same code as the QR: same deadline, and using either spends both.
   */
  shortCode: string;
  /** For the holder's page to ask whether the code was verified (not the code: it verifies nothing). */
  statusId: string;
  expiresAt: string;
  ttlSec: number;
  fields: string[];
}

/** GET /api/v1/licence-display-codes/:statusId: the holder's page learns within seconds that its code was used. */
export interface DisplayCodeStatus {
  verified: boolean;
  /** When it was verified (Beijing time), or null. */
  verifiedAt: string | null;
  /** Who verified it, masked (张*国), or null. */
  verifierNameMasked: string | null;
}

/** POST /api/v1/licence-verifications: what a verifier scanned, or typed. */
export interface LicenceVerificationRequest {
  /**
   * The QR's code, or the 8-character short code as typed (case, spaces, dashes and the look-alikes O, I, L are
   * forgiven). Made-up, used and expired codes all answer 400 DISPLAY_CODE_INVALID; typed misses are limited per
   * verifier and for the whole service (429, after which the QR still works).
   */
  code: string;
}

export interface LicenceVerification {
  typeName: string;
  issuer: string;
  status: LicenceStatus;
  /** Seal valid and licence valid. */
  verified: boolean;
  holderNameMasked: string;
  /** Only the fields the holder chose to show. */
  fields: { label: string; value: string }[];
  verifiedAt: string;
}

export type LicenceUseAction = 'read' | 'display' | 'verify' | 'use';

/** One line of the 用证记录. */
export interface LicenceUse {
  id: string;
  licenceId: string;
  typeName: string;
  action: LicenceUseAction;
  actor: 'self' | 'verifier' | 'application';
  /** The verifier's masked name when they are verified; absent for the resident themself. */
  actorNameMasked?: string;
  purpose: string;
  at: string;
}

export interface LicenceUseList {
  items: LicenceUse[];
}

/** 授权用证: the resident lets applications for one matter use one licence type. */
export interface LicenceConsent {
  id: string;
  typeCode: string;
  typeName: string;
  matterCode: string;
  matterName: string;
  purpose: string;
  grantedAt: string;
  revokedAt: string | null;
}

export interface LicenceConsentList {
  items: LicenceConsent[];
}

export interface LicenceConsentRequest {
  typeCode: string;
  matterCode: string;
}
