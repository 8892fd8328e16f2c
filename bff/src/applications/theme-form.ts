import { createHash } from 'node:crypto';
import type { ApplicationForm, FormField, MaterialAnswer, ThemeForm, ThemeFormMaterial } from '@zsb/contracts';

/** Where each shared material key of a theme form goes in each matter's own form. */
export type MaterialRouting = Map<string, Map<string, string>>;

/**
 * One form for several matters (一表申请): each field once (the builder names fields alike across matters), each
 * material once — the same e-licence type, or the same material name — with a note of which matters use it.
 */
export function combineForms(
  theme: { id: string; name: string },
  forms: ApplicationForm[],
  atWindow: { code: string; name: string }[],
): { form: ThemeForm; routing: MaterialRouting } {
  const fields = new Map<string, FormField>();
  for (const f of forms.flatMap((x) => x.fields)) {
    const seen = fields.get(f.key);
    fields.set(f.key, seen ? { ...seen, required: seen.required || f.required } : f);
  }
  const materials: ThemeFormMaterial[] = [];
  // Same licence type (or same name) across matters is one material; within one matter two materials never merge
  // (a matter may ask for 居民身份证 and for 受托人居民身份证, both of the ID-card type).
  const byIdentity = new Map<string, ThemeFormMaterial[]>();
  const routing: MaterialRouting = new Map();
  for (const form of forms) {
    for (const m of form.materials) {
      const identity = m.licenceType ? `licence:${m.licenceType.code}:${m.name}` : `name:${m.name}`;
      const loose = m.licenceType ? `licence:${m.licenceType.code}` : identity;
      const candidates = [...(byIdentity.get(identity) ?? []), ...(byIdentity.get(loose) ?? [])];
      let shared = candidates.find((c) => !routing.get(c.key)!.has(form.matterCode));
      if (!shared) {
        shared = { ...m, key: `s${materials.length + 1}`, matterCodes: [] };
        for (const k of new Set([identity, loose])) byIdentity.set(k, [...(byIdentity.get(k) ?? []), shared]);
        materials.push(shared);
        routing.set(shared.key, new Map());
      }
      shared.required ||= m.required;
      shared.maxFiles = Math.max(shared.maxFiles, m.maxFiles);
      shared.matterCodes.push(form.matterCode);
      routing.get(shared.key)!.set(form.matterCode, m.key);
    }
  }
  const methods = forms.every((f) => f.delivery.methods.includes('mail'))
    ? (['window', 'mail'] as const)
    : (['window'] as const);
  const version = createHash('sha256')
    .update(forms.map((f) => f.formVersion).join(','))
    .digest('hex')
    .slice(0, 12);
  return {
    form: {
      themeId: theme.id,
      themeName: theme.name,
      matters: forms.map((f) => ({ code: f.matterCode, name: f.matterName })),
      atWindow,
      formVersion: version,
      fields: [...fields.values()],
      materials,
      delivery: { methods: [...methods], windowAddress: forms[0]?.delivery.windowAddress ?? null },
      promisedDays: Math.max(0, ...forms.map((f) => f.promisedDays)),
    },
    routing,
  };
}

/** The part of a combined answer that one matter's form takes. */
export function answerFor(
  form: ApplicationForm,
  routing: MaterialRouting,
  values: Record<string, string>,
  materials: Record<string, MaterialAnswer>,
): { values: Record<string, string>; materials: Record<string, MaterialAnswer> } {
  const keys = new Set(form.fields.map((f) => f.key));
  const own: Record<string, MaterialAnswer> = {};
  for (const [shared, answer] of Object.entries(materials)) {
    const key = routing.get(shared)?.get(form.matterCode);
    if (key) own[key] = answer;
  }
  return { values: Object.fromEntries(Object.entries(values).filter(([k]) => keys.has(k))), materials: own };
}
