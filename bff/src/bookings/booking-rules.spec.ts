import { changeRefusal, checkInValid, mayJoinWaitlist, personalRefusal, rulesAt } from './booking-rules';

const NOW = Date.parse('2026-12-10T07:00:00+08:00');
const DAY = 86_400_000;
const rules = rulesAt(NOW, { maxActive: 3, noShowLimit: 3, noShowWindowDays: 90, suspendDays: 30 });
const standing = (activeMatters: string[], noShows = 0, lastDaysAgo: number | null = null) => ({
  activeMatters,
  noShows: { count: noShows, lastEndedAt: lastDaysAgo === null ? null : new Date(NOW - lastDaysAgo * DAY) },
});

describe('rulesAt', () => {
  it('turns the configured days into the moments the rules compare with', () => {
    expect(rules.noShowSince.getTime()).toBe(NOW - 90 * DAY);
    expect(rules.suspendMs).toBe(30 * DAY);
  });
});

describe('personalRefusal', () => {
  it('lets a resident with fewer than three bookings book another matter', () => {
    expect(personalRefusal(standing(['A', 'B']), 'C', rules)).toBeNull();
  });

  it('refuses a second active booking for the same matter', () => {
    expect(personalRefusal(standing(['A']), 'A', rules)).toBe('BOOKING_DUPLICATE_MATTER');
  });

  it('refuses a fourth active booking', () => {
    expect(personalRefusal(standing(['A', 'B', 'C']), 'D', rules)).toBe('BOOKING_LIMIT_REACHED');
  });

  it('pauses booking after three no-shows, until 30 days after the last one', () => {
    expect(personalRefusal(standing([], 3, 1), 'A', rules)).toBe('BOOKING_SUSPENDED');
    expect(personalRefusal(standing([], 3, 31), 'A', rules)).toBeNull();
    expect(personalRefusal(standing([], 2, 1), 'A', rules)).toBeNull();
  });

  it('names the suspension first: it is what the resident has to wait out', () => {
    expect(personalRefusal(standing(['A', 'B', 'C'], 3, 1), 'A', rules)).toBe('BOOKING_SUSPENDED');
  });
});

describe('mayJoinWaitlist', () => {
  it('is refused at the active-booking limit', () => {
    expect(mayJoinWaitlist(2, rules)).toBe(true);
    expect(mayJoinWaitlist(3, rules)).toBe(false);
  });
});

describe('changeRefusal', () => {
  const cutoff = 30 * 60_000;
  const booking = (status: string, startsInMin: number) => ({
    status,
    starts_at: new Date(NOW + startsInMin * 60_000),
    ends_at: new Date(NOW + (startsInMin + 30) * 60_000),
  });

  it('lets a confirmed booking be changed until 30 minutes before it starts', () => {
    expect(changeRefusal(booking('confirmed', 31), rules.now, cutoff)).toBeNull();
    expect(changeRefusal(booking('confirmed', 29), rules.now, cutoff)).toBe('BOOKING_CHANGE_TOO_LATE');
  });

  it('refuses a missing, cancelled or finished booking', () => {
    expect(changeRefusal(undefined, rules.now, cutoff)).toBe('BOOKING_NOT_FOUND');
    expect(changeRefusal(booking('cancelled', 120), rules.now, cutoff)).toBe('BOOKING_NOT_ACTIVE');
    expect(changeRefusal(booking('confirmed', -40), rules.now, cutoff)).toBe('BOOKING_NOT_ACTIVE');
  });
});

describe('checkInValid', () => {
  const at = (min: number) => new Date(NOW + min * 60_000);
  const booking = (status: string, startsInMin: number) => ({
    status,
    starts_at: at(startsInMin),
    ends_at: at(startsInMin + 30),
  });

  it('takes a confirmed booking up to an hour early and until its slot ends', () => {
    expect(checkInValid(booking('confirmed', 60), rules.now, at(60))).toBe(true);
    expect(checkInValid(booking('confirmed', -20), rules.now, at(60))).toBe(true);
  });

  it('refuses one too early, over, used, cancelled or unknown', () => {
    expect(checkInValid(booking('confirmed', 61), rules.now, at(60))).toBe(false);
    expect(checkInValid(booking('confirmed', -30), rules.now, at(60))).toBe(false);
    expect(checkInValid(booking('checked_in', 10), rules.now, at(60))).toBe(false);
    expect(checkInValid(booking('cancelled', 10), rules.now, at(60))).toBe(false);
    expect(checkInValid(undefined, rules.now, at(60))).toBe(false);
  });
});
