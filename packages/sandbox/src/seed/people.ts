import { idNumberCheckDigit } from '@zsb/domain';
import type { Rng } from './prng';

// Fictional people, named the way Henan names them: a common northern surname and a given name typical of the
// decade of birth (建国 and 秀英 for the 1950s, 子涵 and 浩然 for the 2000s).
const SURNAMES = [
  ...['王', '李', '张', '刘', '陈'].flatMap((s) => [s, s, s]),
  ...[
    '杨',
    '赵',
    '郭',
    '孙',
    '马',
    '黄',
    '周',
    '吴',
    '宋',
    '郑',
    '牛',
    '常',
    '申',
    '吕',
    '郝',
    '崔',
    '路',
    '冯',
    '程',
    '韩',
    '许',
    '胡',
    '朱',
    '高',
  ],
];

type Gender = 'male' | 'female';

const GIVEN: { untilYear: number; male: string[]; female: string[] }[] = [
  {
    untilYear: 1960,
    male: ['建国', '国强', '德明', '振华', '守仁', '宝山', '长林', '金生', '福来', '广才', '文海', '志远', '忠', '林'],
    female: ['秀英', '桂兰', '玉珍', '淑芬', '秀兰', '凤英', '桂芳', '玉兰', '素梅', '金凤', '春花', '桂香'],
  },
  {
    untilYear: 1985,
    male: ['建军', '卫东', '志刚', '海涛', '永强', '国庆', '建伟', '晓东', '军', '勇', '伟', '磊', '红旗', '新民'],
    female: ['红梅', '海燕', '丽娟', '秀芳', '晓燕', '丽萍', '慧敏', '春燕', '玉霞', '丽', '艳', '静'],
  },
  {
    untilYear: 9999,
    male: ['浩', '子轩', '宇航', '浩然', '博文', '一鸣', '梓豪', '俊杰', '明轩', '家乐', '嘉诚', '思源'],
    female: ['欣怡', '子涵', '梦琪', '雨涵', '佳怡', '思雨', '诗涵', '梓萱', '一诺', '可欣', '婉清', '晨曦'],
  },
];

export function personName(rng: Rng, gender: Gender, birthYear: number): string {
  const pool = GIVEN.find((g) => birthYear <= g.untilYear) ?? GIVEN[GIVEN.length - 1];
  return rng.pick(SURNAMES) + rng.pick(pool[gender]);
}

/** A valid GB 11643 number: region, birth date, a 3-digit sequence whose last digit is odd for men, check digit. */
export function idNumberFor(regionCode: string, birthDate: string, gender: Gender, rng: Rng): string {
  const genderDigit = rng.pick(gender === 'male' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]);
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(rng.int(0, 99)).padStart(2, '0')}${genderDigit}`;
  return first17 + idNumberCheckDigit(first17);
}

const DAY_MS = 86_400_000;
const toDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** A calendar date between Jan 1 of `fromYear` and Dec 31 of `toYear`. */
export function dateInYears(rng: Rng, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const days = Math.round((Date.UTC(toYear, 11, 31) - from) / DAY_MS);
  return toDate(from + rng.int(0, days) * DAY_MS);
}

export const addDays = (date: string, days: number): string => toDate(toMs(date) + days * DAY_MS);

/** Same month and day `years` later; 02-29 becomes 02-28 in a common year. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** Whole years from `birth` to `on` (both YYYY-MM-DD). */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** 1980-01-01 → 1980年1月1日, the way licences print dates. */
export const chineseDate = (date: string): string =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** 1980-01-01 → 1980.01.01, the way the ID card prints its validity. */
export const dottedDate = (date: string): string => date.replace(/-/g, '.');

export function digits(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => rng.int(0, 9)).join('');
}
