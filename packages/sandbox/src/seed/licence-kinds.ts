import type { Resident, SurfaceField } from '../wire';
import type { RawCounty } from './data';
import { atAge, creditCodeCheck, currentTerm, idCardTerm, ISSUED_AS_OF, since, validity } from './licence-terms';
import { addDays, chineseDate, digits, idNumberFor, personName } from './people';
import type { Rng } from './prng';

export interface Holder {
  resident: Resident;
  county: RawCounty;
  age: number;
}

export interface Issue {
  licence_number: string;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
  surface: SurfaceField[];
}

export interface LicenceKind {
  /** The type's name in data/licence-types.json. */
  name: string;
  /** Probability that this holder has it (0 when not eligible). */
  chance(h: Holder): number;
  /** The licence, or null when the holder cannot have it yet (a 60th birthday after ISSUED_AS_OF …). */
  issue(h: Holder, rng: Rng): Issue | null;
}

const birthYear = (h: Holder): number => Number(h.resident.birth_date.slice(0, 4));
const field = (label: string, value: string): SurfaceField => ({ label, value });
const genderText = (h: Holder): string => (h.resident.gender === 'male' ? '男' : '女');
const stem = (name: string): string => name.replace(/(街道|镇|乡)$/, '') || name;

/** 安阳市文峰区 for a district, 滑县 for a county: how county departments name themselves. */
const gov = (h: Holder): string => (h.county.kind === '市辖区' ? `安阳市${h.county.name}` : h.county.name);
const police = (h: Holder): string =>
  h.county.kind === '市辖区' ? `安阳市公安局${h.county.name.replace(/区$/, '')}分局` : `${h.county.name}公安局`;

const person = (h: Holder): SurfaceField[] => [field('姓名', h.resident.name), field('性别', genderText(h))];

export const KINDS: readonly LicenceKind[] = [
  {
    name: '居民身份证',
    chance: () => 1,
    issue: (h, rng) => {
      const term = idCardTerm(h.resident.birth_date, rng);
      const r = h.resident;
      return {
        licence_number: r.id_number,
        issuer: police(h),
        ...term,
        surface: [
          ...person(h),
          field('民族', r.ethnicity),
          field('出生', chineseDate(r.birth_date)),
          field('住址', r.address),
          field('公民身份号码', r.id_number),
          field('签发机关', police(h)),
          field('有效期限', validity(term)),
        ],
      };
    },
  },
  {
    name: '居民户口簿',
    chance: () => 0.9,
    issue: (h, rng) => {
      const r = h.resident;
      const head = h.age >= 25;
      const issued = since(birthYear(h), rng, 2000);
      const number = digits(rng, 9);
      return {
        licence_number: number,
        issuer: `${police(h)}${stem(r.township)}派出所`,
        issued_on: issued,
        valid_until: null,
        surface: [
          field('户别', '家庭户'),
          field('户主姓名', head ? r.name : personName(rng, 'male', birthYear(h) - 28).replace(/^./, r.name[0])),
          field('户号', number),
          field('住址', r.address),
          field('姓名', r.name),
          field('户主或与户主关系', head ? '户主' : r.gender === 'male' ? '子' : '女'),
          field('性别', genderText(h)),
          field('民族', r.ethnicity),
          field('出生日期', chineseDate(r.birth_date)),
          field('公民身份号码', r.id_number),
          field('登记日期', chineseDate(issued)),
        ],
      };
    },
  },
  {
    name: '社会保障卡（含电子社会保障卡）',
    chance: () => 0.85,
    issue: (h, rng) => {
      const term = currentTerm(rng, since(birthYear(h), rng, 2012), [10], 0.8);
      const card = `${rng.pick(['A', 'B', 'C', 'D'])}${digits(rng, 8)}`;
      return {
        licence_number: card,
        issuer: '安阳市人力资源和社会保障局',
        ...term,
        surface: [
          field('姓名', h.resident.name),
          field('社会保障号码', h.resident.id_number),
          field('卡号', card),
          field('发卡地', '河南省安阳市'),
          field('发卡日期', chineseDate(term.issued_on)),
          field('有效期限', validity(term)),
        ],
      };
    },
  },
  {
    name: '老年人优待证',
    chance: (h) => (h.age >= 60 ? 0.85 : 0),
    issue: (h, rng) => {
      const issued = atAge(h.resident.birth_date, rng, 60, 60);
      if (!issued) return null;
      const number = `${h.county.code}${issued.slice(0, 4)}${digits(rng, 5)}`;
      return {
        licence_number: number,
        issuer: `${gov(h)}卫生健康委员会`,
        issued_on: issued,
        valid_until: null,
        surface: [
          ...person(h),
          field('出生日期', chineseDate(h.resident.birth_date)),
          field('公民身份号码', h.resident.id_number),
          field('证号', number),
          field('住址', h.resident.address),
          field('发证日期', chineseDate(issued)),
        ],
      };
    },
  },
  {
    name: '残疾人证（第二代）',
    chance: (h) => (h.age >= 60 ? 0.15 : 0.06),
    issue: (h, rng) => {
      const category = rng.int(1, 7);
      const level = rng.int(1, 4);
      const term = currentTerm(rng, since(birthYear(h), rng, 2012, 6), [10], 0.85);
      const number = `${h.resident.id_number}${category}${level}`;
      return {
        licence_number: number,
        issuer: `${gov(h)}残疾人联合会`,
        ...term,
        surface: [
          ...person(h),
          field('出生日期', chineseDate(h.resident.birth_date)),
          field('残疾人证号', number),
          field(
            '残疾类别',
            ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'][category - 1],
          ),
          field('残疾等级', ['一级', '二级', '三级', '四级'][level - 1]),
          field('住址', h.resident.address),
          field('发证日期', chineseDate(term.issued_on)),
          field('有效期至', term.valid_until ? chineseDate(term.valid_until) : '长期'),
        ],
      };
    },
  },
  {
    name: '结婚证',
    chance: (h) => (h.age >= 24 ? 0.75 : 0),
    issue: (h, rng) => {
      const r = h.resident;
      const registered = atAge(h.resident.birth_date, rng, r.gender === 'male' ? 22 : 20, 32);
      if (!registered) return null;
      const spouseGender = r.gender === 'male' ? 'female' : 'male';
      const spouseBirth = addDays(r.birth_date, rng.int(-4 * 365, 4 * 365));
      const number = `J${h.county.code}-${registered.slice(0, 4)}-${digits(rng, 6)}`;
      return {
        licence_number: number,
        issuer: `${gov(h)}民政局`,
        issued_on: registered,
        valid_until: null,
        surface: [
          field('持证人', r.name),
          field('登记日期', chineseDate(registered)),
          field('结婚证字号', number),
          ...person(h),
          field('国籍', '中国'),
          field('出生日期', chineseDate(r.birth_date)),
          field('身份证件号', r.id_number),
          field('配偶姓名', personName(rng, spouseGender, Number(spouseBirth.slice(0, 4)))),
          field('配偶性别', spouseGender === 'male' ? '男' : '女'),
          field('配偶国籍', '中国'),
          field('配偶出生日期', chineseDate(spouseBirth)),
          field(
            '配偶身份证件号',
            idNumberFor(rng.chance(0.7) ? h.county.code : '410522', spouseBirth, spouseGender, rng),
          ),
        ],
      };
    },
  },
  {
    name: '机动车驾驶证',
    chance: (h) => (h.age >= 19 && h.age <= 75 ? 0.5 : 0),
    issue: (h, rng) => {
      const first = atAge(h.resident.birth_date, rng, 18, 35, '1995-01-01');
      if (!first) return null;
      // 6 years, then 10, then 长期 for drivers without serious offences
      const term = currentTerm(rng, first, [6, 10, null], 0.92);
      const r = h.resident;
      return {
        licence_number: r.id_number,
        issuer: '河南省安阳市公安局交通警察支队',
        ...term,
        surface: [
          field('证号', r.id_number),
          ...person(h),
          field('国籍', '中国'),
          field('住址', r.address),
          field('出生日期', r.birth_date),
          field('初次领证日期', first),
          field('准驾车型', rng.pick(['C1', 'C1', 'C1', 'C2', 'B2', 'A2'])),
          field('有效期限', `${term.issued_on}至${term.valid_until ?? '长期'}`),
          field('档案编号', `4105${digits(rng, 8)}`),
        ],
      };
    },
  },
  {
    name: '医保电子凭证',
    chance: (h) => (h.age >= 16 ? 0.6 : 0),
    issue: (h, rng) => {
      const issued = since(birthYear(h), rng, 2020);
      const number = `41050000${digits(rng, 12)}`;
      return {
        licence_number: number,
        issuer: '国家医疗保障局',
        issued_on: issued,
        valid_until: null,
        surface: [
          field('姓名', h.resident.name),
          field('证件号码', h.resident.id_number),
          field('医保编码', number),
          field('参保地', '河南省安阳市'),
          field('激活日期', chineseDate(issued)),
        ],
      };
    },
  },
  {
    name: '最低生活保障证',
    chance: () => 0.05,
    issue: (h, rng) => {
      // reviewed every year; an expired one is a household that dropped out
      const term = currentTerm(rng, since(birthYear(h), rng, Number(ISSUED_AS_OF.slice(0, 4)) - 3), [1], 0.8);
      const number = `${h.county.code}${term.issued_on.slice(0, 4)}${digits(rng, 6)}`;
      return {
        licence_number: number,
        issuer: `${gov(h)}民政局`,
        ...term,
        surface: generic(h, number, `${gov(h)}民政局`, term),
      };
    },
  },
  {
    name: '中华人民共和国退役军人优待证',
    chance: (h) => (h.resident.gender === 'male' && h.age >= 24 ? 0.08 : 0),
    issue: (h, rng) => {
      const issued = since(birthYear(h), rng, 2022);
      const number = `${h.county.code}${digits(rng, 10)}`;
      return {
        licence_number: number,
        issuer: `${gov(h)}退役军人事务局`,
        issued_on: issued,
        valid_until: null,
        surface: generic(h, number, `${gov(h)}退役军人事务局`, { issued_on: issued, valid_until: null }),
      };
    },
  },
  {
    name: '营业执照（个体工商户）',
    chance: (h) => (h.age >= 25 && h.age <= 65 ? 0.1 : 0),
    issue: (h, rng) => {
      const r = h.resident;
      const issued = since(birthYear(h), rng, 2014, 22);
      const body = `92${h.county.code}MA${[...Array(7)].map(() => rng.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('')}`;
      const code = body + creditCodeCheck(body);
      const issuer = `${gov(h)}市场监督管理局`;
      return {
        licence_number: code,
        issuer,
        issued_on: issued,
        valid_until: null,
        surface: [
          field('统一社会信用代码', code),
          field(
            '名称',
            `${stem(r.township)}${r.name[0]}记${rng.pick(['便民超市', '烩面馆', '五金店', '农资店', '理发店', '小吃部'])}`,
          ),
          field('类型', '个体工商户'),
          field('经营者', r.name),
          field('组成形式', '个人经营'),
          field('经营场所', r.address),
          field('注册日期', chineseDate(issued)),
          field('登记机关', issuer),
        ],
      };
    },
  },
  {
    name: '教师资格证书',
    chance: (h) => (h.age >= 23 && h.age <= 60 ? 0.08 : 0),
    issue: (h, rng) => {
      const issued = atAge(h.resident.birth_date, rng, 22, 28, '1996-01-01');
      if (!issued) return null;
      const number = `${issued.slice(0, 4)}41${digits(rng, 11)}`;
      const issuer = `${gov(h)}教育局`;
      return {
        licence_number: number,
        issuer,
        issued_on: issued,
        valid_until: null,
        surface: [
          ...person(h),
          field('出生日期', chineseDate(h.resident.birth_date)),
          field('身份证件号码', h.resident.id_number),
          field('资格种类', rng.pick(['小学教师资格', '幼儿园教师资格', '初级中学教师资格'])),
          field('任教学科', rng.pick(['语文', '数学', '英语', '科学'])),
          field('证书号码', number),
          field('颁发机关', issuer),
          field('颁发日期', chineseDate(issued)),
        ],
      };
    },
  },
  {
    name: '就业创业证',
    chance: (h) => (h.age >= 18 && h.age <= 59 ? 0.12 : 0),
    issue: (h, rng) => {
      const issued = since(birthYear(h), rng, 2015, 18);
      const number = `${h.county.code}${issued.slice(2, 4)}${digits(rng, 8)}`;
      const issuer = `${gov(h)}人力资源和社会保障局`;
      return {
        licence_number: number,
        issuer,
        issued_on: issued,
        valid_until: null,
        surface: generic(h, number, issuer, { issued_on: issued, valid_until: null }),
      };
    },
  },
  {
    name: '普通护照',
    chance: (h) => (h.age >= 18 && h.age <= 65 ? 0.1 : 0),
    issue: (h, rng) => {
      const term = currentTerm(rng, since(birthYear(h), rng, 2012, 16), [10], 0.5);
      const number = `E${digits(rng, 8)}`;
      return {
        licence_number: number,
        issuer: '中华人民共和国国家移民管理局',
        ...term,
        surface: [
          field('护照号', number),
          ...person(h),
          field('出生日期', chineseDate(h.resident.birth_date)),
          field('出生地点', '河南'),
          field('签发地点', '河南'),
          field('签发日期', chineseDate(term.issued_on)),
          field('有效期至', term.valid_until ? chineseDate(term.valid_until) : '长期'),
        ],
      };
    },
  },
];

/** The fields of a licence whose paper form the seed does not model in detail. */
function generic(
  h: Holder,
  number: string,
  issuer: string,
  term: { issued_on: string; valid_until: string | null },
): SurfaceField[] {
  return [
    field('持证人', h.resident.name),
    field('公民身份号码', h.resident.id_number),
    field('证照编号', number),
    field('发证机关', issuer),
    field('发证日期', chineseDate(term.issued_on)),
    field('有效期至', term.valid_until ? chineseDate(term.valid_until) : '长期'),
  ];
}
