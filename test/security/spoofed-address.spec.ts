import type {
  ApplicationDetail,
  DisplayCode,
  ErrorBody,
  IdentitySmsCodeSent,
  LicenceList,
  Session,
} from '@zsb/contracts';
import { answersFor, consent, materialsFor, matterWithLicence, numbered } from '../support/applying';
import {
  bearer,
  post,
  sandboxResidents,
  wechatCode,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// Security issue 13, item 3: limits that anyone can step around by writing X-Forwarded-For are no limits. The
// client address is believed only from configured proxies; limits that guard a secret (a query code, an SMS
// code, a sign-in, a 亮证码) also count per number, per phone, per account and per code, so no choice of
// address, account or resident buys more guesses.

let counter = 0;
/** A new, made-up client address for every request: what a spoofer writes. */
const spoofed = (): Record<string, string> => ({
  'x-forwarded-for': `203.0.${Math.floor(++counter / 250) % 250}.${counter % 250}`,
});

async function statuses(n: number, send: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send(i)).status);
  return out;
}

describe('without trusted proxies (the default)', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys.close(), 120_000);

  it('counts every request against the socket’s address, whatever X-Forwarded-For says', async () => {
    const seen = await statuses(31, () => post(sys, '/api/v1/auth/wechat', { code: 'not-a-real-code-000' }, spoofed()));
    expect(seen.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(seen[30]).toBe(429);
  });
});

describe('behind a trusted proxy, with clients at many addresses', () => {
  let sys: RunningSystem;
  let people: SandboxResident[];
  // Every client here comes through the proxy from an address of its own.
  const signIn = async (openid: string): Promise<Session> =>
    (await post<Session>(sys, '/api/v1/auth/wechat', { code: await wechatCode(sys, openid) }, spoofed())).body;
  beforeAll(async () => {
    // Production's SMS limits per phone (the test profile raises them); the proxy is this machine.
    sys = await startSystem({
      env: {
        TRUSTED_PROXIES: '127.0.0.1,::1',
        SMS_PER_PHONE_MINUTE: '1',
        SMS_PER_PHONE_HOUR: '5',
        SMS_PER_PHONE_DAY: '10',
        SMS_PER_MINUTE: '25',
      },
    });
    people = await sandboxResidents(sys);
  });
  afterAll(() => sys.close(), 120_000);

  it('believes the proxy: forty clients each get their own per-address budget', async () => {
    const seen = await statuses(40, () => post(sys, '/api/v1/auth/wechat', { code: 'not-a-real-code-000' }, spoofed()));
    expect(seen.every((s) => s === 401)).toBe(true);
  });

  it('limits sign-ins per account, from however many addresses', async () => {
    const openid = people[20].wechat_openid;
    const seen = await statuses(31, async () =>
      post(sys, '/api/v1/auth/wechat', { code: await wechatCode(sys, openid) }, spoofed()),
    );
    expect(seen.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(seen[30]).toBe(429);
  });

  it('sends one phone at most one code a minute, whichever accounts and addresses ask', async () => {
    const victimPhone = people[21].phone;
    const askers = await Promise.all([22, 23, 24].map((i) => signIn(people[i].wechat_openid)));
    const answers = [];
    for (const s of askers)
      answers.push(
        await post<IdentitySmsCodeSent & ErrorBody>(
          sys,
          '/api/v1/me/identity/sms-codes',
          { phone: victimPhone },
          { ...bearer(s), ...spoofed() },
        ),
      );
    expect(answers.map((a) => a.status)).toEqual([200, 429, 429]);
    expect(answers[1].body.message).toContain('1 分钟');
    expect(answers[1].headers.get('retry-after')).toMatch(/^\d+$/);
    const sent = (await (await fetch(`${sys.sandbox.url}/__sandbox/sms?phone=${victimPhone}`)).json()) as {
      messages: unknown[];
    };
    expect(sent.messages).toHaveLength(1);
  });

  it('locks a progress number after ten wrong codes, right code or not, and a made-up number the same way', async () => {
    const alice = await verifiedSession(sys, people[25]);
    const { form, licenceId, typeCode } = await matterWithLicence(sys, alice);
    await consent(sys, alice, typeCode, form.matterCode);
    const body = {
      matterCode: form.matterCode,
      values: answersFor(form),
      materials: await materialsFor(sys, alice, form, { licenceId, typeCode }),
      delivery: { method: 'window' },
      notify: false,
    };
    const created = await post<ApplicationDetail>(sys, '/api/v1/applications', body, {
      ...bearer(alice),
      'idempotency-key': 'spoofed-address-apply-0001',
    });
    expect(created.status).toBe(201);
    const mine = await numbered(sys, alice, created.body.id);
    expect(mine.queryCode).toMatch(/^\d{10}$/);

    const query = (number: string, code: string) =>
      sys.get<ErrorBody>(`/api/v1/progress?number=${number}&code=${code}`, { headers: spoofed() });
    const wrong = (i: number) => String(i).padStart(10, '9');
    // A right answer costs nothing.
    expect((await query(mine.number!, mine.queryCode!)).status).toBe(200);
    const real = await statuses(11, (i) => query(mine.number!, i === 10 ? mine.queryCode! : wrong(i)));
    const madeUp = await statuses(11, (i) => query('HN41050020991231999999', wrong(i)));
    expect(real).toEqual([...Array(10).fill(404), 429]);
    // Nothing tells a number that exists from one that does not.
    expect(madeUp).toEqual(real);
    const locked = await query(mine.number!, mine.queryCode!);
    expect(locked.body.message).toContain('我的办件');
  });

  it('limits tries at one 亮证码, from however many addresses and verifiers', async () => {
    const holder = await verifiedSession(sys, people[26]);
    const licence = (await sys.get<LicenceList>('/api/v1/licences', { headers: bearer(holder) })).body.items.find(
      (l) => l.status === 'valid',
    )!;
    const shown = await post<DisplayCode>(
      sys,
      `/api/v1/licences/${licence.id}/display-codes`,
      { fields: ['姓名'], ttlSec: 120 },
      bearer(holder),
    );
    expect(shown.status).toBe(201);
    const [id] = shown.body.code.split('.');
    const verifiers: Session[] = await Promise.all([27, 28, 29].map((i) => verifiedSession(sys, people[i])));
    const seen = await statuses(6, (i) =>
      post(
        sys,
        '/api/v1/licence-verifications',
        { code: `${id}.forged${String(i).padStart(20, 'x')}` },
        { ...bearer(verifiers[i % 3]), ...spoofed() },
      ),
    );
    expect(seen.slice(0, 5).every((s) => s === 400)).toBe(true);
    expect(seen[5]).toBe(429);
  });
  // Last: it spends the minute's codes of the whole BFF.
  it('stops sending codes altogether at the global ceiling', async () => {
    const seen: number[] = [];
    for (let i = 0; i < 30; i++) {
      const s = await signIn(`oZSBceiling${String(i).padStart(17, '0')}`);
      seen.push(
        (
          await post(
            sys,
            '/api/v1/me/identity/sms-codes',
            { phone: `1660000${String(i).padStart(4, '0')}` },
            { ...bearer(s), ...spoofed() },
          )
        ).status,
      );
    }
    // 25 a minute in this suite; the tests above spent six.
    expect(seen.filter((s) => s === 200).length).toBe(19);
    expect(seen.slice(19).every((s) => s === 429)).toBe(true);
  });
});
