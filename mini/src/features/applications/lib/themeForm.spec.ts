import { describe, expect, it } from '@jest/globals';
import type { LicenceSummary, ThemeForm } from '@zsb/contracts';
import { consentKey } from '@/lib/applicationForm';
import type { ThemeDraft } from '@/stores/themeDrafts';
import { mattersByMaterial, startingThemeDraft, themePromise } from './themeForm';

const ID_CARD = { code: '11100000000013127D001', name: '居民身份证', issuer: '公安机关' };

const form: ThemeForm = {
  themeId: 'T03',
  themeName: '我要退休',
  matters: [
    { code: '410500-016020-238', name: '企业职工参保登记' },
    { code: '410500-016020-301', name: '退休申请' },
  ],
  atWindow: [{ code: '410500-016020-400', name: '退休证明' }],
  formVersion: 'v1',
  fields: [
    {
      key: 'reason',
      label: '申请事由',
      type: 'textarea',
      required: true,
      maxLength: 500,
      pattern: null,
      choices: null,
      hint: null,
      locked: false,
      prefill: null,
    },
  ],
  materials: [
    {
      key: 's1',
      name: '申请人居民身份证',
      required: true,
      note: null,
      licenceType: ID_CARD,
      accept: ['image', 'pdf'],
      maxFiles: 1,
      // As the BFF sends it: a matter again for each of its own materials the shared one stands for.
      matterCodes: ['410500-016020-301', '410500-016020-238', '410500-016020-238'],
    },
    {
      key: 's2',
      name: '《退休申请表》',
      required: true,
      note: null,
      licenceType: null,
      accept: ['image'],
      maxFiles: 2,
      matterCodes: ['410500-016020-301'],
    },
  ],
  delivery: { methods: ['window', 'mail'], windowAddress: null },
  promisedDays: 7,
};

const licence: LicenceSummary = {
  id: 'lic-1',
  typeCode: ID_CARD.code,
  typeName: '居民身份证',
  numberMasked: '4105**********0036',
  issuer: '安阳市公安局',
  issuedOn: '2020-01-01',
  validUntil: null,
  status: 'valid',
};

const local = (over: Partial<ThemeDraft> = {}): ThemeDraft => ({
  themeId: 'T03',
  residentId: 'r1',
  values: { reason: '到龄退休', gone: 'x' },
  materials: { s1: { kind: 'licence', licenceId: 'lic-1' }, s2: { kind: 'upload', uploadIds: ['u1', 'u2', 'u3'] } },
  delivery: { method: 'mail' },
  step: 'review',
  uploads: {},
  changedAt: '2026-05-05T10:00:00+08:00',
  attempt: null,
  ...over,
});

const bothConsents = [consentKey(ID_CARD.code, '410500-016020-238'), consentKey(ID_CARD.code, '410500-016020-301')];
const start = (over: Partial<Parameters<typeof startingThemeDraft>[0]> = {}) =>
  startingThemeDraft({
    form,
    residentId: 'r1',
    local: local(),
    licences: { [ID_CARD.code]: licence },
    consents: bothConsents,
    offline: false,
    now: '2026-05-06T09:00:00+08:00',
    ...over,
  });

describe('a theme form’s materials', () => {
  it('name each matter that uses them once, in the theme’s order', () => {
    expect(mattersByMaterial(form)).toEqual({
      s1: form.matters,
      s2: [{ code: '410500-016020-301', name: '退休申请' }],
    });
  });
});

describe('the copy of a theme on the phone', () => {
  it('goes on where the resident was, fitted to the form', () => {
    const { draft, resumed } = start();
    expect(resumed).toBe(true);
    expect(draft.step).toBe('review');
    expect(draft.values).toEqual({ reason: '到龄退休' });
    expect(draft.materials).toEqual({
      s1: { kind: 'licence', licenceId: 'lic-1' },
      s2: { kind: 'upload', uploadIds: ['u1', 'u2'] },
    });
  });

  it('asks again for a licence when one matter’s consent was withdrawn or the licence is gone', () => {
    expect(start({ consents: bothConsents.slice(0, 1) }).draft.materials.s1).toBeUndefined();
    expect(start({ licences: {} }).draft.materials.s1).toBeUndefined();
    // Offline nothing can be checked: the answer stays, the server checks it on submit.
    expect(start({ licences: {}, consents: [], offline: true }).draft.materials.s1).toEqual({
      kind: 'licence',
      licenceId: 'lic-1',
    });
  });

  it('starts afresh for another resident or without a copy', () => {
    for (const copy of [local({ residentId: 'r2' }), null]) {
      const { draft, resumed } = start({ local: copy });
      expect(resumed).toBe(false);
      expect(draft).toMatchObject({ themeId: 'T03', residentId: 'r1', values: {}, materials: {}, step: 'form' });
      expect(draft.delivery).toBeNull();
    }
  });
});

describe('the promise of a theme', () => {
  it('counts the longest matter, as they run side by side', () => {
    expect(themePromise(form)).toContain('承诺 7 个工作日内全部办结');
    expect(themePromise({ ...form, promisedDays: 0 })).toContain('即办件');
  });
});
