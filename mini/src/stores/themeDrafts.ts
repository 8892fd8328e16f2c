import type { ThemeForm } from '@zsb/contracts';
import type { FlowDraft } from './applyDrafts';
import { KEEP_MS } from './applyDrafts';
import { readObject, removeKey, writeValue } from './storage';

/**
 * 一件事一次办 being filled in. The server keeps drafts per matter only, so a theme's form lives on this phone: one
 * copy per resident and theme, written on every change, kept 30 days like a matter's draft.
 */
export interface ThemeDraft extends FlowDraft {
  themeId: string;
  residentId: string;
}

const PREFIX = 'zsb.themeDraft.';
const keyOf = (residentId: string, themeId: string) => `${PREFIX}${residentId}.${themeId}`;
const FORM_PREFIX = 'zsb.themeForm.';

/** This resident's unfinished copy of a theme, if one is on the phone (an old one is dropped on the way). */
export function readThemeDraft(themeId: string, residentId: string, now: number = Date.now()): ThemeDraft | null {
  const key = keyOf(residentId, themeId);
  const d = readObject<ThemeDraft>(key);
  if (!d || d.themeId !== themeId || d.residentId !== residentId || typeof d.values !== 'object') return null;
  if (!(now - Date.parse(d.changedAt) <= KEEP_MS)) {
    removeKey(key);
    return null;
  }
  return d;
}

export function writeThemeDraft(draft: ThemeDraft): void {
  writeValue(keyOf(draft.residentId, draft.themeId), draft);
}

export function removeThemeDraft(residentId: string, themeId: string): void {
  removeKey(keyOf(residentId, themeId));
}

/** The combined form last seen, so a theme can still be filled in while the network is gone. */
export function rememberThemeForm(form: ThemeForm): void {
  writeValue(FORM_PREFIX + form.themeId, form);
}

export function rememberedThemeForm(themeId: string): ThemeForm | null {
  const f = readObject<ThemeForm>(FORM_PREFIX + themeId);
  return f && f.themeId === themeId && Array.isArray(f.fields) && Array.isArray(f.materials) ? f : null;
}
