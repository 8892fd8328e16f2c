import type { StaffScopes } from '../api/staff';
import { createStore } from './createStore';
import { readObject, writeValue } from './storage';

/** The centers where a resident is window staff, as last answered by the BFF, kept so 我的 shows the entry at once. */
export interface StaffState {
  residentId: string;
  centers: StaffScopes['centers'];
}

const KEY = 'zsb.staff';

function readSaved(): StaffState | null {
  const saved = readObject<StaffState>(KEY);
  return saved && typeof saved.residentId === 'string' && Array.isArray(saved.centers) ? saved : null;
}

export const staffStore = createStore<StaffState | null>(readSaved());

export function saveStaff(state: StaffState): void {
  staffStore.set(state);
  writeValue(KEY, state);
}
