import { describe, expect, it } from '@jest/globals';
import type { Slot, SlotDay } from '@zsb/contracts';
import { dayNote, nextOpenDay, slotView } from './slotChoice';

const days: SlotDay[] = [
  { date: '2026-05-01', open: false, closedReason: '劳动节放假', left: 0, state: 'closed' },
  { date: '2026-05-02', open: true, closedReason: null, left: 0, state: 'full' },
  { date: '2026-05-03', open: true, closedReason: null, left: 12, state: 'open' },
];

describe('choosing a day and a slot', () => {
  it('says why a day is closed, or how many places are left', () => {
    expect(dayNote(days[0])).toBe('劳动节放假');
    expect(dayNote(days[1])).toBe('已约满');
    expect(dayNote(days[2])).toBe('余 12');
    expect(dayNote({ date: '2026-05-04', open: false, closedReason: null, left: 0, state: 'closed' })).toBe('不办公');
  });

  it('says a day whose time ran out has ended, not that it is full, and finds the next day with places', () => {
    const ended: SlotDay = { date: '2026-04-30', open: true, closedReason: null, left: 0, state: 'ended' };
    expect(dayNote(ended)).toBe('已结束');
    expect(nextOpenDay([ended, ...days], ended.date)?.date).toBe('2026-05-03');
    expect(nextOpenDay(days, '2026-05-03')).toBeUndefined();
  });

  it('treats a slot without places as full and a past one as past', () => {
    const slot: Slot = { start: 'a', end: 'b', capacity: 5, left: 2, status: 'open' };
    expect(slotView(slot)).toBe('open');
    expect(slotView({ ...slot, left: 0 })).toBe('full');
    expect(slotView({ ...slot, status: 'full' })).toBe('full');
    expect(slotView({ ...slot, status: 'past', left: 2 })).toBe('past');
  });
});
