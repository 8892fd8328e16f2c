import { describe, expect, it } from '@jest/globals';
import type { ApplicationDraft, ApplicationForm } from '@zsb/contracts';
import type { LocalDraft } from '@/stores/applyDrafts';
import { startingDraft } from './startDraft';

const form: ApplicationForm = {
  matterCode: '410500-010203-001',
  matterName: '社会保障卡补领',
  formVersion: 'v2',
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
  materials: [],
  delivery: { methods: ['window'], windowAddress: null },
  promisedDays: 5,
};

const local = (over: Partial<LocalDraft> = {}): LocalDraft => ({
  id: 'd-1',
  residentId: 'r1',
  matterCode: form.matterCode,
  matterName: form.matterName,
  values: { reason: '手机上的' },
  materials: {},
  delivery: null,
  step: 'materials',
  uploads: {},
  changedAt: '2026-05-05T10:00:00+08:00',
  dirty: true,
  attempt: null,
  ...over,
});

const server: ApplicationDraft = {
  id: 'd-1',
  matterCode: form.matterCode,
  matterName: form.matterName,
  formVersion: 'v1',
  values: { reason: '服务器上的', oldField: 'x' },
  materials: {},
  delivery: null,
  step: 'delivery',
  updatedAt: '2026-05-05T11:00:00+08:00',
  expiresAt: '2026-06-04T11:00:00+08:00',
};

const args = { id: 'd-1', residentId: 'r1', form, now: '2026-05-05T12:00:00+08:00' };

describe('which copy of a draft to go on from', () => {
  it('keeps what was typed on this phone and never reached the server', () => {
    const { draft, from } = startingDraft({ ...args, local: local(), server });
    expect(from).toBe('phone');
    expect(draft.values).toEqual({ reason: '手机上的' });
    expect(draft.step).toBe('materials');
  });

  it('takes the server copy when the phone has nothing newer, fitted to the current form', () => {
    const { draft, from } = startingDraft({ ...args, local: local({ dirty: false }), server });
    expect(from).toBe('server');
    expect(draft.values).toEqual({ reason: '服务器上的' });
    expect(draft.step).toBe('delivery');
    expect(draft.delivery).toEqual({ method: 'window' });
  });

  it('ignores a local copy of another resident and starts blank without any copy', () => {
    expect(startingDraft({ ...args, local: local({ residentId: 'r2' }), server: null }).from).toBeNull();
    const { draft } = startingDraft({ ...args, local: null, server: null });
    expect(draft).toMatchObject({ values: {}, step: 'form', dirty: false, delivery: { method: 'window' } });
  });
});
