import type { LicenceSummary } from '@zsb/contracts';

/** A row of the holder's licences: the API's summary, under the library's id. */
export type LibraryLicenceRow = Omit<LicenceSummary, 'id'> & { licenceId: string };

export interface LibraryLicence extends Omit<LibraryLicenceRow, 'numberMasked'> {
  holderName: string;
  holderIdNumber: string;
  number: string;
  surface: { label: string; value: string }[];
  seal: { issuer: string; keyId: string; algorithm: string; signedAt: string } | null;
  /** The seal verified against the library's published key over exactly these contents. */
  sealValid: boolean;
}

/** The e-licence library (电子证照库). */
export abstract class LicenceLibrary {
  /** The holder's licences; the ID number goes in a request body, never a URL. */
  abstract listByHolder(idNumber: string, name: string): Promise<LibraryLicenceRow[]>;
  /** One licence with its surface and seal, or null when the library has no such id. */
  abstract get(licenceId: string): Promise<LibraryLicence | null>;
}
