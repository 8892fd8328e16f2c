import { afterStoredPhoneProof, type BindingFacts, decideBinding } from './binding-rules';

const base: BindingFacts = {
  callerId: 'caller',
  callerIdNumberHash: null,
  idNumberHash: 'id-A',
  holder: null,
  provenPhoneHash: 'phone-1',
  phoneRegisteredToId: true,
};

describe('who may become which resident', () => {
  it('binds a first verification only with a phone registered to that ID number', () => {
    expect(decideBinding(base)).toEqual({ kind: 'bind' });
    expect(decideBinding({ ...base, phoneRegisteredToId: false })).toEqual({ kind: 'refuse-phone-not-registered' });
  });

  it('lets the same person on another sign-in join the resident by the phone on file', () => {
    expect(decideBinding({ ...base, holder: { id: 'holder', phoneHash: 'phone-1' } })).toEqual({
      kind: 'join',
      holderId: 'holder',
    });
  });

  it('never joins a stranger who knows the name and ID number but holds another phone: the phone on file must be proven', () => {
    // The stranger's own phone, even one the carriers would register to the ID number (a re-issued SIM), is not enough.
    expect(decideBinding({ ...base, holder: { id: 'holder', phoneHash: 'phone-victim' } })).toEqual({
      kind: 'prove-stored-phone',
      holderId: 'holder',
    });
    expect(
      decideBinding({ ...base, holder: { id: 'holder', phoneHash: 'phone-victim' }, phoneRegisteredToId: false }),
    ).toEqual({ kind: 'refuse-phone-not-registered' });
  });

  it('joins by the phone on file even when the carriers do not register it to the person (a window recorded it)', () => {
    expect(
      decideBinding({ ...base, holder: { id: 'holder', phoneHash: 'phone-1' }, phoneRegisteredToId: false }),
    ).toEqual({ kind: 'join', holderId: 'holder' });
  });

  it('renews the consent when the resident verifies again with the same phone, and asks for the old phone to change it', () => {
    const self = { ...base, callerIdNumberHash: 'id-A', holder: { id: 'caller', phoneHash: 'phone-1' } };
    expect(decideBinding(self)).toEqual({ kind: 'renew' });
    expect(decideBinding({ ...self, provenPhoneHash: 'phone-2' })).toEqual({
      kind: 'prove-stored-phone',
      holderId: 'caller',
    });
  });

  it('refuses to turn a verified resident into somebody else', () => {
    expect(decideBinding({ ...base, callerIdNumberHash: 'id-B' })).toEqual({ kind: 'refuse-other-identity' });
    expect(
      decideBinding({ ...base, callerIdNumberHash: 'id-B', holder: { id: 'holder', phoneHash: 'phone-1' } }),
    ).toEqual({ kind: 'refuse-other-identity' });
  });

  it('after the old phone is proven, moves the sign-in only when it is another resident, and always takes the new phone', () => {
    expect(afterStoredPhoneProof('caller', 'holder')).toEqual({ join: true, changePhone: true });
    expect(afterStoredPhoneProof('caller', 'caller')).toEqual({ join: false, changePhone: true });
  });
});
