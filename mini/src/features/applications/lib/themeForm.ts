import type { LicenceSummary, MaterialAnswer, ThemeForm } from '@zsb/contracts';
import { consentedMatters, fitToForm, initialDelivery, isStep, type MatterRef } from '@/lib/applicationForm';
import type { ThemeDraft } from '@/stores/themeDrafts';

/**
 * The matters each material of a theme's form is for, each once and in the theme's order. (The BFF lists a matter
 * again for every one of its own materials the shared one stands for.)
 */
export function mattersByMaterial(form: Pick<ThemeForm, 'matters' | 'materials'>): Record<string, MatterRef[]> {
  const out: Record<string, MatterRef[]> = {};
  for (const m of form.materials) {
    const codes = new Set(m.matterCodes);
    out[m.key] = [
      ...form.matters.filter((x) => codes.has(x.code)),
      // A code the theme does not list (should not happen): still named, by its code.
      ...[...codes].filter((c) => !form.matters.some((x) => x.code === c)).map((c) => ({ code: c, name: c })),
    ];
  }
  return out;
}

/**
 * The copy to go on from: the phone's, fitted to the current form, or a new one. A licence answer stays only while
 * the licence is still valid and every matter that uses it still has the resident's consent (it may have been
 * withdrawn in 授权管理 meanwhile); otherwise the material asks again.
 */
export function startingThemeDraft(args: {
  form: ThemeForm;
  residentId: string;
  local: ThemeDraft | null;
  licences: Record<string, LicenceSummary>;
  consents: string[];
  /** The helpers could not be read (offline): keep licence answers as they are. */
  offline: boolean;
  now: string;
}): { draft: ThemeDraft; resumed: boolean } {
  const { form, residentId, local, licences, consents, offline, now } = args;
  const base = { themeId: form.themeId, residentId };
  if (!local || local.residentId !== residentId || local.themeId !== form.themeId) {
    return {
      draft: {
        ...base,
        values: {},
        materials: {},
        delivery: initialDelivery(form),
        step: 'form',
        uploads: {},
        changedAt: now,
        attempt: null,
      },
      resumed: false,
    };
  }
  const fitted = fitToForm(form, local);
  const matters = mattersByMaterial(form);
  const materials: Record<string, MaterialAnswer> = {};
  for (const [key, answer] of Object.entries(fitted.materials)) {
    if (answer.kind === 'licence' && !offline) {
      const type = form.materials.find((m) => m.key === key)?.licenceType?.code ?? '';
      const held = Object.values(licences).some((l) => l.id === answer.licenceId && l.typeCode === type);
      const allowed = consentedMatters(type, matters[key] ?? [], consents).length === (matters[key] ?? []).length;
      if (!held || !allowed) continue;
    }
    materials[key] = answer;
  }
  return {
    draft: {
      ...local,
      ...base,
      ...fitted,
      materials,
      delivery: fitted.delivery ?? initialDelivery(form),
      step: isStep(local.step) ? local.step : 'form',
    },
    resumed: true,
  };
}

/** The promise of a theme's matters, which are handled side by side: the longest one counts. */
export function themePromise(form: Pick<ThemeForm, 'promisedDays' | 'matters'>): string {
  if (form.promisedDays <= 0) return `${form.matters.length} 件事都是即办件：受理后当场办结`;
  return `${form.matters.length} 件事同时办理，承诺 ${form.promisedDays} 个工作日内全部办结（从受理那天算，不含周末和节假日）`;
}
