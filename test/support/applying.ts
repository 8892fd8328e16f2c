import type { ApplicationDetail, ApplicationForm, LicenceList, MatterPage, Session, Upload } from '@zsb/contracts';
import { png, uploadFile } from './files';
import { bearer, post } from './residents';
import type { RunningSystem } from './system';

export const CALLBACK_SECRET = 'sandbox-approval-callback-secret';

/** Points the sandbox's approval callbacks at this BFF, signed with the secret of config/default.json. */
export async function wireCallbacks(sys: RunningSystem): Promise<void> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/approval/callback`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${sys.url}/api/v1/callbacks/approval`, secret: CALLBACK_SECRET }),
  });
  if (!res.ok) throw new Error(`callback setting answered ${res.status}`);
}

/** A 掌上办 matter whose form has a licence material of a type the resident holds (so both kinds are exercised). */
export async function matterWithLicence(
  sys: RunningSystem,
  session: Session,
): Promise<{ form: ApplicationForm; licenceId: string; typeCode: string }> {
  const licences = (await sys.get<LicenceList>('/api/v1/licences', { headers: bearer(session) })).body.items.filter(
    (l) => l.status === 'valid',
  );
  const pages = await Promise.all(
    [1, 2, 3].map(
      async (p) => (await sys.get<MatterPage>(`/api/v1/matters?mobileReady=true&pageSize=50&page=${p}`)).body.items,
    ),
  );
  for (const m of pages.flat()) {
    const form = (await sys.get<ApplicationForm>(`/api/v1/matters/${m.code}/form`, { headers: bearer(session) })).body;
    const withLicence = form.materials.find(
      (x) => x.licenceType && licences.some((l) => l.typeCode === x.licenceType!.code),
    );
    if (withLicence) {
      const licence = licences.find((l) => l.typeCode === withLicence.licenceType!.code)!;
      return { form, licenceId: licence.id, typeCode: licence.typeCode };
    }
  }
  throw new Error('no 掌上办 matter takes a licence this resident holds');
}

/** Plausible answers for every open field of a form. */
export function answersFor(form: Pick<ApplicationForm, 'fields'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of form.fields) {
    if (f.locked || !f.required) continue;
    values[f.key] =
      f.type === 'choice'
        ? f.choices![0]
        : f.key === 'bankAccount'
          ? '6217000000000000001'
          : f.type === 'number'
            ? '3'
            : '申请办理本事项，材料已备齐';
  }
  return values;
}

/** Uploads a small photo for every required material, and uses the licence where it can. */
export async function materialsFor(
  sys: RunningSystem,
  session: Session,
  form: Pick<ApplicationForm, 'materials'>,
  licence?: { licenceId: string; typeCode: string },
) {
  const out: Record<string, { kind: 'licence'; licenceId: string } | { kind: 'upload'; uploadIds: string[] }> = {};
  for (const m of form.materials) {
    if (!m.required) continue;
    if (licence && m.licenceType?.code === licence.typeCode) {
      out[m.key] = { kind: 'licence', licenceId: licence.licenceId };
      continue;
    }
    const res = await uploadFile<Upload>(sys, session, {
      name: `${m.key}.png`,
      type: 'image/png',
      bytes: await png({ alpha: false, width: 40, height: 30 }),
    });
    if (res.status !== 201) throw new Error(`upload answered ${res.status}`);
    out[m.key] = { kind: 'upload', uploadIds: [res.body.id] };
  }
  return out;
}

export async function consent(
  sys: RunningSystem,
  session: Session,
  typeCode: string,
  matterCode: string,
): Promise<void> {
  const res = await post(sys, '/api/v1/licence-consents', { typeCode, matterCode }, bearer(session));
  if (res.status !== 201) throw new Error(`consent answered ${res.status}`);
}

/** Waits until the application has its 办件编号 (the outbox delivered it) or the time is up. */
export async function numbered(
  sys: RunningSystem,
  session: Session,
  id: string,
  ms = 20_000,
): Promise<ApplicationDetail> {
  const until = Date.now() + ms;
  for (;;) {
    const detail = (await sys.get<ApplicationDetail>(`/api/v1/applications/${id}`, { headers: bearer(session) })).body;
    if (detail.number || Date.now() > until) return detail;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function sandboxPost<T = unknown>(sys: RunningSystem, path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`${sys.sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
