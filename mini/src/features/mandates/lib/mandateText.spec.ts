import { describe, expect, it } from '@jest/globals';
import type { Mandate, MandateTodo } from '@zsb/contracts';
import {
  canActUnder,
  formatCountdown,
  heldByUrgency,
  kindLine,
  mattersText,
  otherName,
  stateTone,
  todoText,
  todoUrgent,
  untilText,
} from './mandateText';

const m: Mandate = {
  id: 'm1',
  kind: 'agent',
  level: 'handle',
  matters: [
    { code: '410500-010101-001', name: '城乡居民养老保险参保登记' },
    { code: '410500-010101-002', name: '社会保障卡补领' },
  ],
  licenceTypes: [],
  principalName: '王*国',
  helperName: '李*',
  centerName: '城关镇便民服务中心',
  grantedVia: 'readback-sms',
  grantedAt: '2026-05-01T09:00:00+08:00',
  expiresAt: '2026-05-31T23:59:59+08:00',
  revokedAt: null,
  state: 'active',
  role: 'principal',
};

describe('how a 委托 reads on its card', () => {
  it('names the other side: the helper for the principal, the principal for the helper', () => {
    expect(otherName(m)).toBe('李*');
    expect(otherName({ ...m, role: 'helper' })).toBe('王*国');
  });

  it('says 亲友, or 帮办代办员 with the center', () => {
    expect(kindLine(m)).toBe('帮办代办员 · 城关镇便民服务中心');
    expect(kindLine({ kind: 'family', centerName: null })).toBe('亲友');
  });

  it('ends on a Beijing date, whatever the offset it comes in', () => {
    expect(untilText(m.expiresAt)).toBe('到 2026-05-31');
    expect(untilText('2026-05-31T15:59:59.999Z')).toBe('到 2026-05-31');
  });

  it('lists the matters and colours the state', () => {
    expect(mattersText(m)).toBe('城乡居民养老保险参保登记、社会保障卡补领');
    expect(stateTone('active')).toBe('ok');
    expect(stateTone('revoked')).toBe('bad');
    expect(stateTone('expired')).toBe('info');
  });

  it('lets only the helper of a 委托 in force act under it', () => {
    expect(canActUnder({ role: 'helper', state: 'active' })).toBe(true);
    expect(canActUnder({ role: 'principal', state: 'active' })).toBe(false);
    expect(canActUnder({ role: 'helper', state: 'revoked' })).toBe(false);
    expect(canActUnder({ role: 'helper', state: 'expired' })).toBe(false);
  });

  it('counts down in minutes and seconds', () => {
    expect(formatCountdown(600)).toBe('10 分 00 秒');
    expect(formatCountdown(65)).toBe('1 分 05 秒');
    expect(formatCountdown(9.6)).toBe('9 秒');
    expect(formatCountdown(-3)).toBe('0 秒');
  });
});

describe('我代办的 on the list', () => {
  const held = (id: string, state: Mandate['state'] = 'active'): Mandate => ({ ...m, id, state, role: 'helper' });
  const todo = (kind: MandateTodo['kind'], label: string): MandateTodo => ({
    kind,
    label,
    matterName: '社会保障卡补领',
    subjectKind: 'application',
    subjectId: 'a1',
    at: null,
  });

  it('puts the principal with the most urgent to-do first, ended 委托 last, each with its to-dos', () => {
    const bench = {
      items: [
        { mandate: held('m3'), todos: [todo('supplement', '需要补正材料')] },
        { mandate: held('m1'), todos: [] },
      ],
    };
    const ordered = heldByUrgency([held('m1'), held('m2', 'revoked'), held('m3')], bench);
    expect(ordered.map((x) => x.m.id)).toEqual(['m3', 'm1', 'm2']);
    expect(ordered[0].todos.map(todoText)).toEqual(['需要补正材料 · 社会保障卡补领']);
    expect(ordered[2].todos).toEqual([]);
  });

  it('keeps the list as it came when the to-dos could not be read', () => {
    expect(heldByUrgency([held('m1'), held('m2')], null).map((x) => x.m.id)).toEqual(['m1', 'm2']);
  });

  it('marks a 补正 and a visit today or tomorrow as not able to wait', () => {
    expect(todoUrgent({ kind: 'supplement' })).toBe(true);
    expect(todoUrgent({ kind: 'visit-soon' })).toBe(true);
    expect(todoUrgent({ kind: 'in-progress' })).toBe(false);
  });
});
