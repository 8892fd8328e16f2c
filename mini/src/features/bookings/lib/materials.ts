import type { GuideMaterial } from '@zsb/contracts';

const SHOWN = 4;

/** 「请带上」 for the confirm page: the ID card always, then the guide's materials (the first few, then a count). */
export function bringHint(materials: readonly Pick<GuideMaterial, 'name'>[]): { items: string[]; more: number } {
  const names = materials.map((m) => m.name.trim()).filter((n) => n !== '' && !/居民身份证/.test(n));
  return { items: ['本人居民身份证原件', ...names.slice(0, SHOWN)], more: Math.max(0, names.length - SHOWN) };
}
