import type { ApplicationForm, FormMaterial } from '@zsb/contracts';
import { answerFor, combineForms } from './theme-form';

const ID_CARD = { code: '11100000000013127D001', name: '居民身份证', issuer: '公安机关' };
const material = (key: string, name: string, licence = false): FormMaterial => ({
  key,
  name,
  required: true,
  note: null,
  licenceType: licence ? ID_CARD : null,
  accept: ['image', 'pdf'],
  maxFiles: 1,
});
const form = (code: string, materials: FormMaterial[]): ApplicationForm => ({
  matterCode: code,
  matterName: code,
  formVersion: code,
  fields: [],
  materials,
  delivery: { methods: ['window'], windowAddress: null },
  promisedDays: 5,
});

describe('a theme’s combined form', () => {
  const a = form('A', [
    material('m1', '申请人居民身份证', true),
    material('m2', '授权委托书及受托人居民身份证', true),
    material('m3', '营业执照'),
  ]);
  const b = form('B', [material('m1', '申请人居民身份证', true), material('m2', '营业执照')]);
  const { form: combined, routing } = combineForms({ id: 'T', name: 'T' }, [a, b], []);

  it('asks a material shared by several matters once, and never merges two materials of one matter', () => {
    expect(combined.materials.map((m) => [m.name, m.matterCodes])).toEqual([
      ['申请人居民身份证', ['A', 'B']],
      ['授权委托书及受托人居民身份证', ['A']],
      ['营业执照', ['A', 'B']],
    ]);
  });

  it('routes each answer to every matter that uses it, under that matter’s own key', () => {
    const answers = {
      s1: { kind: 'licence' as const, licenceId: 'L1' },
      s2: { kind: 'licence' as const, licenceId: 'L2' },
      s3: { kind: 'upload' as const, uploadIds: ['U1'] },
    };
    expect(answerFor(a, routing, {}, answers).materials).toEqual({ m1: answers.s1, m2: answers.s2, m3: answers.s3 });
    expect(answerFor(b, routing, {}, answers).materials).toEqual({ m1: answers.s1, m2: answers.s3 });
  });
});
