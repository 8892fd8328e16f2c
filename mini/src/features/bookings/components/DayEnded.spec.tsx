import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import type { SlotDay } from '@zsb/contracts';
import { todayInShanghai } from '@zsb/domain';
import { DayEnded } from './DayEnded';

const DAY_MS = 86_400_000;
const today = todayInShanghai();
const later = (n: number) => todayInShanghai(Date.now() + n * DAY_MS);
const day = (date: string, state: SlotDay['state']): SlotDay => ({
  date,
  open: state !== 'closed',
  closedReason: null,
  left: state === 'open' ? 10 : 0,
  state,
});

describe('a day whose booking time is over', () => {
  it('says today’s time has passed (not 已约满) and takes the resident to the next day with places', () => {
    const onPick = jest.fn();
    render(<DayEnded day={day(today, 'ended')} next={day(later(2), 'open')} onPick={onPick} />);
    expect(screen.getByText('今天的预约时间已过，请选择其他日期')).toBeTruthy();
    expect(screen.queryByText(/约满/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^看后天 .*的时段$/ }));
    expect(onPick).toHaveBeenCalledWith(later(2));
  });

  it('offers no button when no later day of the horizon has places', () => {
    render(<DayEnded day={day(today, 'ended')} next={undefined} onPick={() => undefined} />);
    expect(screen.getByText('今天的预约时间已过，请选择其他日期')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
