import { createHash } from 'node:crypto';
import type { ApplicationForm, FormField, FormMaterial } from '@zsb/contracts';
import type { CatalogMatter } from '../model/catalog.types';

// The applicant's identity comes from 实名认证 and is locked: the server fills it, the app shows it masked.
export const LOCKED_KEYS = ['applicantName', 'applicantIdNumber', 'applicantPhone'] as const;
export type LockedKey = (typeof LOCKED_KEYS)[number];

const field = (key: string, label: string, type: FormField['type'], over: Partial<FormField> = {}): FormField => ({
  key,
  label,
  type,
  required: true,
  maxLength: type === 'textarea' ? 500 : 60,
  pattern: null,
  choices: null,
  hint: null,
  locked: false,
  prefill: null,
  ...over,
});

const BANK_CARD = field('bankAccount', '收款银行卡号', 'text', {
  pattern: '^\\d{16,19}$',
  maxLength: 19,
  hint: '本人名下的社保卡或一类银行卡，用于发放待遇',
});

/**
 * What a matter asks beyond the applicant, by the kind of matter and its domain. The platform publishes
 * materials but no form schema, so these are ours: few, plain, and each one something a window clerk asks.
 */
function matterFields(m: CatalogMatter): FormField[] {
  const out: FormField[] = [
    field('reason', '申请事由', 'textarea', { hint: '简单说明要办什么、为什么办，例如“社保卡丢失，申请补办”' }),
  ];
  if (m.kind.includes('给付')) out.push(BANK_CARD);
  switch (m.domain) {
    case 'household':
      out.push(field('householdAddress', '户籍地址', 'text', { maxLength: 100, hint: '户口本首页上的住址' }));
      break;
    case 'market-entities':
      out.push(
        field('entityName', '市场主体名称', 'text', { maxLength: 100, hint: '营业执照上的名称；新设立的填拟用名称' }),
      );
      break;
    case 'social-insurance':
    case 'medical-insurance':
      out.push(
        field('insuredPlace', '参保地', 'choice', {
          choices: [
            '安阳市本级',
            '文峰区',
            '北关区',
            '殷都区',
            '龙安区',
            '安阳县',
            '汤阴县',
            '滑县',
            '内黄县',
            '林州市',
          ],
        }),
      );
      break;
    case 'social-assistance':
    case 'housing':
      out.push(
        field('familySize', '共同生活家庭人口', 'number', {
          pattern: '^([1-9]|1\\d|20)$',
          maxLength: 2,
          hint: '包括本人，1–20',
        }),
      );
      break;
    default:
      break;
  }
  out.push(field('contactNote', '其他需要说明的情况', 'textarea', { required: false, maxLength: 300 }));
  return out;
}

function materialsOf(m: CatalogMatter): FormMaterial[] {
  return m.materials.map((x, i) => ({
    key: `m${i + 1}`,
    name: x.name,
    required: x.required,
    note: x.note,
    licenceType: x.licenceType,
    accept: ['image', 'pdf'],
    maxFiles: Math.min(5, Math.max(1, x.copies)),
  }));
}

/** The application form of a 掌上办 matter, derived from its guide; `masked` fills the locked identity fields for display. */
export function buildForm(m: CatalogMatter, masked: Record<LockedKey, string> | null): ApplicationForm {
  const identity = [
    field('applicantName', '申请人姓名', 'text', { locked: true, prefill: masked?.applicantName ?? null }),
    field('applicantIdNumber', '公民身份号码', 'id-number', {
      locked: true,
      prefill: masked?.applicantIdNumber ?? null,
    }),
    field('applicantPhone', '联系电话', 'phone', {
      locked: true,
      prefill: masked?.applicantPhone ?? null,
      hint: '实名认证时验证过的手机号',
    }),
  ];
  const fields = [...identity, ...matterFields(m)];
  const materials = materialsOf(m);
  const shape = JSON.stringify({
    f: fields.map((f) => [f.key, f.type, f.required, f.pattern, f.choices]),
    m: materials.map((x) => [x.key, x.name, x.required, x.licenceType?.code]),
  });
  return {
    matterCode: m.code,
    matterName: m.name,
    formVersion: createHash('sha256').update(shape).digest('hex').slice(0, 12),
    fields,
    materials,
    // 即办件 are collected at once at the window; anything that takes days can be mailed (EMS 政务专递).
    delivery: {
      methods: m.promiseType === 'promised' ? ['window', 'mail'] : ['window'],
      windowAddress: m.locations[0] ?? null,
    },
    promisedDays: m.promisedDays,
  };
}
