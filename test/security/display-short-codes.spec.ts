import type { DisplayCode, ErrorBody, LicenceList, LicenceVerification, Session } from '@zsb/contracts';
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from '@zsb/domain';
import { bearer, post, sandboxResidents, verifiedSession, type SandboxResident } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The attack: the 亮证短码 printed under the QR is 8 characters a clerk can type, 32^8 ≈ 1.1 × 10^12 values against
// the QR's 128-bit id and 132-bit tag, and it carries no tag to check offline. Whoever types made-up short codes
// fast enough, from one account or many, would sooner or later hit one of the codes being shown right now and read
// a stranger's licence. So: a short code lives as long as its QR and works once (either of them spends both); a
// used, expired or made-up one answers exactly the same; each verifier has a few misses per 10 minutes and per day
// (a right code gives its try back, so a busy window is never stopped); and the whole BFF has a ceiling of misses,
// past which typing is refused for everyone and the QR still works.

const WRONG = 'DISPLAY_CODE_INVALID';

let counter = 0;
/** A made-up short code that is (almost surely) nobody's, different every call. */
function madeUp(): string {
  let n = ++counter * 7919 + 104_729;
  let out = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++, n = Math.floor(n / 32)) out += SHORT_CODE_ALPHABET[n % 32];
  return out;
}

/** A new client address for every request, believed only behind the trusted proxy of the second suite. */
const elsewhere = (): Record<string, string> => ({ 'x-forwarded-for': `198.51.${counter % 250}.${++counter % 250}` });

async function idCardOf(sys: RunningSystem, holder: Session): Promise<string> {
  const { items } = (await sys.get<LicenceList>('/api/v1/licences', { headers: bearer(holder) })).body;
  return items.find((l) => l.typeName === '居民身份证')!.id;
}

function helpers(sys: () => RunningSystem) {
  const show = async (holder: Session, licenceId: string, ttlSec = 60) => {
    const res = await post<DisplayCode>(
      sys(),
      `/api/v1/licences/${licenceId}/display-codes`,
      { fields: ['姓名'], ttlSec },
      bearer(holder),
    );
    expect(res.status).toBe(201);
    return res.body;
  };
  const verify = (verifier: Session, code: string, headers: Record<string, string> = {}) =>
    post<LicenceVerification & ErrorBody>(
      sys(),
      '/api/v1/licence-verifications',
      { code },
      { ...bearer(verifier), ...headers },
    );
  return { show, verify };
}

describe('亮证短码 against guessing', () => {
  let sys: RunningSystem;
  let people: SandboxResident[];
  let holder: Session;
  let licenceId: string;
  const { show, verify } = helpers(() => sys);

  beforeAll(async () => {
    sys = await startSystem({ synced: false });
    people = await sandboxResidents(sys);
    holder = await verifiedSession(sys, people[0]);
    licenceId = await idCardOf(sys, holder);
  });
  afterAll(() => sys.close(), 120_000);

  let wrongMessage = '';
  it('a made-up short code is refused like a made-up QR', async () => {
    const clerk = await verifiedSession(sys, people[1]);
    const res = await verify(clerk, madeUp());
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(WRONG);
    wrongMessage = res.body.message;
    expect(wrongMessage).toContain('亮证码');
  });

  it('works once, however it is typed, and spends its QR with it (and the QR spends it)', async () => {
    const clerk = await verifiedSession(sys, people[2]);
    const shown = await show(holder, licenceId);
    expect(shown.shortCode).toMatch(new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`));
    expect(shown.code).not.toContain(shown.shortCode);
    // As a clerk may type it: lower case, in two groups.
    const typed = `${shown.shortCode.slice(0, 4)} ${shown.shortCode.slice(4)}`.toLowerCase();
    const seen = await verify(clerk, typed);
    expect(seen.status).toBe(200);
    expect(seen.body.fields).toEqual([{ label: '姓名', value: people[0].name }]);
    for (const again of [typed, shown.code]) {
      const res = await verify(clerk, again);
      expect({ status: res.status, code: res.body.code, message: res.body.message }).toEqual({
        status: 400,
        code: WRONG,
        message: wrongMessage,
      });
    }
    const other = await show(holder, licenceId);
    expect((await verify(clerk, other.code)).status).toBe(200);
    expect((await verify(clerk, other.shortCode)).body).toMatchObject({ code: WRONG, message: wrongMessage });
  });

  it('dies with its QR: an expired short code answers like a wrong one', async () => {
    const clerk = await verifiedSession(sys, people[3]);
    const shown = await show(holder, licenceId, 60);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 61_000);
    try {
      expect((await verify(clerk, shown.shortCode)).body).toMatchObject({ code: WRONG, message: wrongMessage });
    } finally {
      clock.mockRestore();
    }
  });

  it('gives one verifier a few misses, then refuses even a right code; another verifier is not held up', async () => {
    const [guesser, clerk] = await Promise.all([verifiedSession(sys, people[4]), verifiedSession(sys, people[5])]);
    const shown = await show(holder, licenceId);
    const seen: number[] = [];
    for (let i = 0; i < 11; i++) seen.push((await verify(guesser, madeUp())).status);
    expect(seen).toEqual([...Array(10).fill(400), 429]);
    const blocked = await verify(guesser, shown.shortCode);
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toContain('扫');
    // The code the guesser could not use is still whole for the clerk in front of the holder.
    expect((await verify(clerk, shown.shortCode)).status).toBe(200);
  });

  it('does not count right codes against a busy window', async () => {
    const clerk = await verifiedSession(sys, people[6]);
    for (let i = 0; i < 14; i++) {
      const shown = await show(holder, licenceId);
      if (i % 3 === 0) expect((await verify(clerk, madeUp())).status).toBe(400); // a typo now and then
      expect((await verify(clerk, shown.shortCode)).status).toBe(200);
    }
  });
});

describe('亮证短码: the whole BFF’s misses, from many verifiers and addresses', () => {
  let sys: RunningSystem;
  let people: SandboxResident[];
  const { show, verify } = helpers(() => sys);

  beforeAll(async () => {
    // A ceiling of 20 misses (production: 300 per 10 minutes); every client at an address of its own.
    sys = await startSystem({
      synced: false,
      env: { TRUSTED_PROXIES: '127.0.0.1,::1', SHORT_CODE_MISSES_PER_10MIN: '20' },
    });
    people = await sandboxResidents(sys);
  });
  afterAll(() => sys.close(), 120_000);

  it('refuses typed codes to everyone past the ceiling, while the QR still works', async () => {
    const holder = await verifiedSession(sys, people[10]);
    const licenceId = await idCardOf(sys, holder);
    const guessers = await Promise.all([11, 12, 13].map((i) => verifiedSession(sys, people[i])));
    const seen: number[] = [];
    // 7 misses each at most: no one of them reaches their own limit of 10.
    for (let i = 0; i < 21; i++) seen.push((await verify(guessers[i % 3], madeUp(), elsewhere())).status);
    expect(seen).toEqual([...Array(20).fill(400), 429]);
    const shown = await show(holder, licenceId);
    const clerk = await verifiedSession(sys, people[14]);
    const typed = await verify(clerk, shown.shortCode, elsewhere());
    expect(typed.status).toBe(429);
    expect(typed.body.message).toContain('扫');
    expect((await verify(clerk, shown.code, elsewhere())).status).toBe(200);
  });
});
