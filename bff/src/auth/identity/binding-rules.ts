// Who may become which resident. Pure: the service gathers the facts inside one transaction and applies the
// decision. The principle: knowing a name and an ID number proves nothing; holding a phone does. A first binding
// needs the phone the carriers register to that ID number (三要素) plus an SMS code to it; joining a resident who
// already exists needs proof of the phone that resident has on file; a stored phone changes only with proof of
// the old number, or at a window where staff saw the ID card.

export interface BindingFacts {
  callerId: string;
  /** The ID-number hash the caller's resident is already verified with, if any. */
  callerIdNumberHash: string | null;
  idNumberHash: string;
  /** The resident already holding this ID number, with the hash of the phone on file. */
  holder: { id: string; phoneHash: string | null } | null;
  /** Hash of the phone the caller just proved with an SMS code. */
  provenPhoneHash: string;
  /** The carriers' 三要素 check: the proven phone is registered to this ID number. */
  phoneRegisteredToId: boolean;
}

export type BindingDecision =
  /** Nobody holds this ID number: the caller becomes its resident. */
  | { kind: 'bind' }
  /** The caller already is this resident, with this phone: only the consent is renewed. */
  | { kind: 'renew' }
  /** The caller proved the phone the holder has on file: the caller's sign-ins move to the holder. */
  | { kind: 'join'; holderId: string }
  /** The phone differs from the one on file: prove that one (or go to a window) before anything changes. */
  | { kind: 'prove-stored-phone'; holderId: string }
  /** The caller is already verified as somebody else. */
  | { kind: 'refuse-other-identity' }
  /** The phone is not registered to this ID number, and it is not the phone on file either. */
  | { kind: 'refuse-phone-not-registered' };

export function decideBinding(f: BindingFacts): BindingDecision {
  if (f.callerIdNumberHash !== null && f.callerIdNumberHash !== f.idNumberHash)
    return { kind: 'refuse-other-identity' };
  if (!f.holder) return f.phoneRegisteredToId ? { kind: 'bind' } : { kind: 'refuse-phone-not-registered' };
  // The phone on file proves the person whatever the carriers say: a window may have recorded a phone that is
  // in a child's name for an elderly resident, after checking the resident's ID card.
  if (f.holder.phoneHash !== null && f.holder.phoneHash === f.provenPhoneHash) {
    return f.holder.id === f.callerId ? { kind: 'renew' } : { kind: 'join', holderId: f.holder.id };
  }
  // A new phone for an existing resident (whether the caller is that resident or another sign-in of theirs):
  // only a phone the carriers register to them may replace the one on file, and only with proof of the old one.
  return f.phoneRegisteredToId
    ? { kind: 'prove-stored-phone', holderId: f.holder.id }
    : { kind: 'refuse-phone-not-registered' };
}

/** After the phone on file was proven too: what happens to the caller and to the stored phone. */
export function afterStoredPhoneProof(callerId: string, holderId: string): { join: boolean; changePhone: true } {
  return { join: callerId !== holderId, changePhone: true };
}
