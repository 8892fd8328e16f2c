import type { ApplicationDetail, Session } from '@zsb/contracts';
import { subjectOf } from '@zsb/sandbox';
import { answersFor, consent, materialsFor, matterWithLicence, numbered, wireCallbacks } from '../support/applying';
import {
  bearer,
  lastSmsCode,
  post,
  sandboxResidents,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The attack: whoever reads the BFF's logs (an operator, a log pipeline, a leaked archive) collects ID numbers and
// phones residents typed into the search, the code that opens an application's progress, and the one-time codes
// and tickets of H5 sign-ins still valid for a few seconds. Every one of them is sent here the ways clients send
// them; afterwards no log line may hold any of them, raw, percent-encoded, partly encoded or in full-width digits.
let sys: RunningSystem;
let person: SandboxResident;
let alice: Session;
let mine: ApplicationDetail;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  sys = await startSystem({ captureLogs: true });
  await wireCallbacks(sys);
  person = (await sandboxResidents(sys))[0];
  alice = await verifiedSession(sys, person);
  const { form, ...licence } = await matterWithLicence(sys, alice);
  await consent(sys, alice, licence.typeCode, form.matterCode);
  const body = {
    matterCode: form.matterCode,
    values: answersFor(form),
    materials: await materialsFor(sys, alice, form, licence),
    delivery: { method: 'window' },
    notify: false,
  };
  const applied = await post<ApplicationDetail>(sys, '/api/v1/applications', body, {
    ...bearer(alice),
    'idempotency-key': 'log-redaction-0001',
  });
  mine = await numbered(sys, alice, applied.body.id);
  Object.assign(secrets, {
    idNumber: person.id_number,
    phone: person.phone,
    smsCode: await lastSmsCode(sys, person.phone),
    queryCode: mine.queryCode!,
    accessToken: alice.accessToken,
    refreshToken: alice.refreshToken,
  });
}, 120_000);
afterAll(() => sys.close(), 120_000);

const noFollow = (url: string) => fetch(url, { redirect: 'manual' });
const everyDigitEscaped = (s: string): string =>
  [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The H5 sign-in as a browser makes it: the identity service's code and state come back in the callback URL. */
async function h5SignIn(): Promise<{ code: string; state: string; ticket: string }> {
  const start = await noFollow(
    `${sys.url}/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent('/pages/mine/index')}`,
  );
  const form = new URLSearchParams(new URL(start.headers.get('location')!).searchParams);
  form.delete('response_type');
  form.delete('scope');
  form.set('sub', subjectOf(person));
  const chosen = await fetch(`${sys.sandbox.url}/identity/oauth/authorize`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const callback = new URL(chosen.headers.get('location')!);
  const landing = (await noFollow(`${sys.url}${callback.pathname}${callback.search}`)).headers.get('location')!;
  return {
    code: callback.searchParams.get('code')!,
    state: callback.searchParams.get('state')!,
    ticket: landing.split('ticket=')[1],
  };
}

/** A log line in every form a reader could turn it into: as written, percent-decoded (up to three times), full-width digits made plain. */
function readings(line: string): string[] {
  const decode = (t: string): string =>
    t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
  const out = [line];
  for (let i = 0; i < 3; i++) out.push(decode(out[out.length - 1]).replace(/\+/g, ' '));
  return [...out, ...out.map((t) => t.normalize('NFKC'))];
}

describe('the BFF’s logs after residents’ data and one-time secrets were sent in URLs', () => {
  it('hold none of them in any form, and still show what was asked, masked', async () => {
    const { idNumber: id, phone, queryCode } = secrets;
    const searches = [
      encodeURIComponent(`身份证 ${id}`), // the app's own search box: encodeURIComponent
      encodeURIComponent(`我的电话${phone}`),
      encodeURIComponent(`+86 ${phone}`),
      `%E8%AF%81${id}`, // partly encoded
      everyDigitEscaped(id),
      encodeURIComponent(encodeURIComponent(`号${id}`)),
      encodeURIComponent(fullWidth(id)),
      `%E8%AF${id}%`, // a broken escape before it and a lone % after
      `sfz${id}`,
    ];
    for (const q of searches) expect((await sys.get(`/api/v1/matters?q=${q}`)).status).toBeLessThan(500);

    expect((await sys.get(`/api/v1/progress?number=${mine.number}&code=${queryCode}`)).status).toBe(200);
    await sys.get(`/api/v1/progress?number=${mine.number}&c%6Fde=${queryCode}`);
    await sys.get(`/api/v1/progress?code=${encodeURIComponent(queryCode)}&number=${mine.number}`);

    const h5 = await h5SignIn();
    Object.assign(secrets, { oauthCode: h5.code, oauthState: h5.state, ticket: h5.ticket });
    await sys.get(`/?ticket=${h5.ticket}`); // a browser that loads the app page with its ticket in the query
    await sys.get(`/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent(`/pages/mine/index?ticket=${h5.ticket}`)}`);
    await sys.get(
      `/api/v1/me?access_token=${secrets.accessToken}&refresh_token=${secrets.refreshToken}&smsCode=${secrets.smsCode}`,
    );

    const lines = (sys.logs() as Record<string, unknown>[]).map((l) => JSON.stringify(l));
    for (const [what, secret] of Object.entries(secrets)) {
      for (const line of lines)
        for (const reading of readings(line))
          expect({ what, leaked: reading.includes(secret) }).toEqual({ what, leaked: false });
    }
    const urls = lines.join('\n');
    expect(urls).toContain(`q=身份证 ${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(urls).toContain(`q=我的电话${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(urls).toContain(`/api/v1/progress?number=${mine.number}&code=[redacted]`);
    expect(urls).toMatch(/\/api\/v1\/auth\/h5\/callback\?code=\[redacted\]&state=\[redacted\]/);
  });
});
