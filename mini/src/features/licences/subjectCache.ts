import type { LicenceDetail, LicenceStatus } from '@zsb/contracts';

/** What the 亮证 page needs to know about a licence: no field values, only their labels. */
export interface DisplaySubject {
  id: string;
  typeName: string;
  issuer: string;
  status: LicenceStatus;
  verified: boolean;
  labels: string[];
}

export function toSubject(detail: LicenceDetail): DisplaySubject {
  return {
    id: detail.id,
    typeName: detail.typeName,
    issuer: detail.issuer,
    status: detail.status,
    verified: detail.verified,
    labels: detail.fields.map((f) => f.label),
  };
}

// Handed from the detail page to the 亮证 page in memory, not in the URL, and so that opening 亮证 does not
// read the licence again (every read is a line in the 用证记录). A fresh start of the page reads it itself.
const subjects = new Map<string, DisplaySubject>();

export function rememberSubject(subject: DisplaySubject): void {
  subjects.set(subject.id, subject);
}

export function recallSubject(id: string): DisplaySubject | undefined {
  return subjects.get(id);
}
