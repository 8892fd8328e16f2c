import type { ApplicationForm, Delivery, MailAddress, MaterialAnswer, UploadKind } from '@zsb/contracts';
import { readObject as read, removeKey as remove, writeValue as write } from './storage';

/** What the phone remembers of an uploaded file, to show it again (the server draft keeps only its id). */
export interface UploadMeta {
  name: string;
  kind: UploadKind;
  size: number;
}

/** The key of one submission attempt, kept for retries of the same content (see contentHash). */
export interface SubmitAttempt {
  key: string;
  hash: string;
  notify: boolean;
}

/** What the steps fill in: the part a matter's draft and a theme's copy (一件事一次办) have in common. */
export interface FlowDraft {
  values: Record<string, string>;
  materials: Record<string, MaterialAnswer>;
  delivery: Delivery | null;
  step: string;
  uploads: Record<string, UploadMeta>;
  /** ISO time of the last change on this phone. */
  changedAt: string;
  attempt: SubmitAttempt | null;
}

/**
 * The phone's copy of an application being filled in. Written on every change, before the server has it, so
 * nothing typed is lost when the network drops or the app is closed; `dirty` says the server is behind.
 */
export interface LocalDraft extends FlowDraft {
  id: string;
  residentId: string;
  matterCode: string;
  matterName: string;
  dirty: boolean;
}

const INDEX = 'zsb.applyDrafts';
const PREFIX = 'zsb.applyDraft.';
const FORM_PREFIX = 'zsb.applyForm.';
const ADDRESS = 'zsb.applyAddress';
// A local copy the server no longer has is dropped after the server's own 30 days.
export const KEEP_MS = 30 * 86_400_000;

function index(): string[] {
  const ids = read<string[]>(INDEX);
  return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
}

export function readLocalDraft(id: string): LocalDraft | null {
  const d = read<LocalDraft>(PREFIX + id);
  return d && d.id === id && typeof d.matterCode === 'string' ? d : null;
}

export function writeLocalDraft(draft: LocalDraft): void {
  write(PREFIX + draft.id, draft);
  const ids = index();
  if (!ids.includes(draft.id)) write(INDEX, [...ids, draft.id]);
}

export function removeLocalDraft(id: string): void {
  remove(PREFIX + id);
  write(
    INDEX,
    index().filter((x) => x !== id),
  );
}

/** This resident's local copies, newest first; copies past their time are cleared on the way. */
export function localDrafts(residentId: string, now: number = Date.now()): LocalDraft[] {
  const out: LocalDraft[] = [];
  for (const id of index()) {
    const d = readLocalDraft(id);
    if (!d || now - Date.parse(d.changedAt) > KEEP_MS) {
      removeLocalDraft(id);
      continue;
    }
    if (d.residentId === residentId) out.push(d);
  }
  return out.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
}

/** The form last seen for a matter, so a draft can still be filled in while the network is gone. */
export function rememberForm(form: ApplicationForm): void {
  write(FORM_PREFIX + form.matterCode, form);
}

export function rememberedForm(matterCode: string): ApplicationForm | null {
  const f = read<ApplicationForm>(FORM_PREFIX + matterCode);
  return f && f.matterCode === matterCode && Array.isArray(f.fields) ? f : null;
}

/** The address a resident last had a result mailed to, kept on this phone only, to offer it next time. */
export function rememberAddress(residentId: string, address: MailAddress): void {
  write(ADDRESS, { residentId, address });
}

export function lastAddress(residentId: string): MailAddress | null {
  const saved = read<{ residentId: string; address: MailAddress }>(ADDRESS);
  return saved && saved.residentId === residentId && typeof saved.address?.detail === 'string' ? saved.address : null;
}
