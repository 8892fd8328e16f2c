/** Lifetimes a resident can pick for a display code; the BFF accepts 60–300 s. */
export const TTL_CHOICES = [
  { sec: 60, label: '1 分钟' },
  { sec: 120, label: '2 分钟' },
  { sec: 300, label: '5 分钟' },
] as const;

export const DEFAULT_TTL_SEC = 120;

// Only the holder's name by default: whatever else a verifier sees, the resident chose to show.
const NAME_LABELS = ['姓名', '持证人', '经营者', '名称'];

export function defaultFields(labels: readonly string[]): string[] {
  const name = NAME_LABELS.find((n) => labels.includes(n));
  if (name) return [name];
  return labels.length > 0 ? [labels[0]] : [];
}

/** Ticks or unticks one field; the result keeps the order the fields have on the licence. */
export function toggleField(selected: readonly string[], label: string, all: readonly string[]): string[] {
  const next = new Set(selected);
  if (next.has(label)) next.delete(label);
  else next.add(label);
  return all.filter((l) => next.has(l));
}

export function selectionProblem(selected: readonly string[]): string | null {
  return selected.length === 0 ? '请至少勾选一项要出示的信息' : null;
}
