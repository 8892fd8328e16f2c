import {
  beijingIso,
  beijingWallOf,
  canClose,
  closureOutcome,
  closurePeriod,
  closureRequestOf,
  closureSentence,
  noteProblem,
  placeKindLabel,
  shortTime,
  underFloor,
} from './places';

describe('a closure from the form', () => {
  it('sends the picked wall-clock times as Beijing time with +08:00, the note trimmed', () => {
    expect(
      closureRequestOf('C410581100', {
        start: '2026-12-09T14:00',
        end: '2026-12-09T18:00',
        reason: 'power',
        note: ' 线路检修停电 ',
      }),
    ).toEqual({
      centerId: 'C410581100',
      start: '2026-12-09T14:00:00+08:00',
      end: '2026-12-09T18:00:00+08:00',
      reason: 'power',
      note: '线路检修停电',
    });
  });

  it('reads the picker’s numbers as Beijing time whatever zone the browser is in', () => {
    expect(beijingIso('2026-12-09 08:30')).toBe('2026-12-09T08:30:00+08:00');
    expect(beijingIso('2026-12-09T23:30:00')).toBe('2026-12-09T23:30:00+08:00');
    expect(() => beijingIso('12月9日')).toThrow();
    // the instant back as Beijing wall-clock time, the day turning at 16:00 UTC
    expect(beijingWallOf('2026-12-09T06:00:00Z')).toBe('2026-12-09T14:00');
    expect(beijingWallOf('2026-12-09T16:00:00Z')).toBe('2026-12-10T00:00');
    expect(beijingWallOf(beijingIso('2026-12-09T14:30'))).toBe('2026-12-09T14:30');
  });

  it('accepts a note of 2–60 characters on one line, without angle brackets', () => {
    expect(noteProblem('线路检修停电')).toBeNull();
    expect(noteProblem(' 停')).toBe('说明请写 2–60 个字');
    expect(noteProblem('停'.repeat(61))).toBe('说明请写 2–60 个字');
    expect(noteProblem('线路<b>检修')).toBe('说明里不能有换行或尖括号');
    expect(noteProblem('线路\n检修')).toBe('说明里不能有换行或尖括号');
  });
});

describe('what the resident will read', () => {
  it('previews the BFF’s sentence: 因停电（线路检修停电），<center> <start> 至 <end> 暂停服务', () => {
    const request = closureRequestOf('C1', {
      start: '2026-12-09T14:00',
      end: '2026-12-09T18:00',
      reason: 'power',
      note: '线路检修停电',
    });
    expect(closureSentence('临淇镇便民服务中心', request)).toBe(
      '因停电（线路检修停电），临淇镇便民服务中心 12月9日 14:00 至 12月9日 18:00 暂停服务',
    );
    expect(closureSentence('东岗镇便民服务中心', { ...request, reason: 'weather', note: '暴雪' })).toContain(
      '因恶劣天气（暴雪）',
    );
    expect(closureSentence('X', { ...request, reason: 'renovation' })).toContain('因装修');
    expect(closureSentence('X', { ...request, reason: 'other' })).toContain('因临时调整');
  });

  it('writes a time as the resident’s message does, in Beijing', () => {
    expect(shortTime('2026-12-09T14:30:00+08:00')).toBe('12月9日 14:30');
    expect(shortTime('2026-12-31T16:00:00Z')).toBe('1月1日 00:00');
  });
});

describe('closures and places as the table shows them', () => {
  it('writes a period within a day as one day, a longer one with both ends, midnight as 24:00', () => {
    expect(closurePeriod({ start: '2026-12-09T14:00:00+08:00', end: '2026-12-09T18:00:00+08:00' })).toBe(
      '12月9日 14:00–18:00',
    );
    expect(closurePeriod({ start: '2026-12-09T08:00:00+08:00', end: '2026-12-10T00:00:00+08:00' })).toBe(
      '12月9日 08:00–24:00',
    );
    expect(closurePeriod({ start: '2026-12-09T14:00:00+08:00', end: '2026-12-11T12:00:00+08:00' })).toBe(
      '12月9日 14:00 至 12月11日 12:00',
    );
    expect(closurePeriod({ start: '2026-12-09T00:00:00+08:00', end: '2026-12-14T00:00:00+08:00' })).toBe(
      '12月9日 00:00 至 12月13日 24:00',
    );
  });

  it('states the outcome as 改约、取消、结束候补', () => {
    expect(closureOutcome({ moved: 3, cancelled: 1, waitlistEnded: 0 })).toBe('改约 3、取消 1、结束候补 0');
  });

  it('names kind and level in Chinese; kiosks and bank points by kind alone', () => {
    expect(placeKindLabel({ kind: 'center', level: 'township' })).toBe('乡镇便民服务中心');
    expect(placeKindLabel({ kind: 'center', level: 'street' })).toBe('街道便民服务中心');
    expect(placeKindLabel({ kind: 'station', level: 'village' })).toBe('村（社区）便民服务站');
    expect(placeKindLabel({ kind: 'kiosk', level: 'township' })).toBe('自助终端');
    expect(placeKindLabel({ kind: 'bank-point', level: 'village' })).toBe('政银通办点');
  });

  it('marks a place under its floor of matters, never one without a floor; kiosks cannot be closed', () => {
    expect(underFloor({ matterCount: 199, matterFloor: 200 })).toBe(true);
    expect(underFloor({ matterCount: 200, matterFloor: 200 })).toBe(false);
    expect(underFloor({ matterCount: 3, matterFloor: null })).toBe(false);
    expect(canClose({ kind: 'kiosk' })).toBe(false);
    expect(canClose({ kind: 'station' })).toBe(true);
  });
});
