import { describe, expect, it } from '@jest/globals';
import { codeDeadline, countdownTone, formatCountdown, secondsLeft } from './countdown';

describe('display code countdown', () => {
  const asked = Date.parse('2025-11-23T14:05:00+08:00');

  it('counts the lifetime from when the code was asked for, not from the server clock', () => {
    // The phone is five minutes slow: expiresAt alone would show seven minutes left.
    expect(codeDeadline({ ttlSec: 120, expiresAt: '2025-11-23T14:12:00+08:00' }, asked)).toBe(asked + 120_000);
  });

  it('falls back to expiresAt without a lifetime, and to "already gone" without either', () => {
    expect(codeDeadline({ ttlSec: 0, expiresAt: '2025-11-23T14:06:00+08:00' }, asked)).toBe(asked + 60_000);
    expect(codeDeadline({ ttlSec: Number.NaN, expiresAt: 'soon' }, asked)).toBe(asked);
  });

  it('rounds the seconds left up and never goes below zero', () => {
    expect(secondsLeft(asked + 120_000, asked)).toBe(120);
    expect(secondsLeft(asked + 120_000, asked + 100)).toBe(120);
    expect(secondsLeft(asked + 120_000, asked + 119_001)).toBe(1);
    expect(secondsLeft(asked + 120_000, asked + 120_000)).toBe(0);
    expect(secondsLeft(asked + 120_000, asked + 500_000)).toBe(0);
  });

  it('says the time left in minutes and seconds', () => {
    expect(formatCountdown(300)).toBe('5 分 00 秒');
    expect(formatCountdown(65)).toBe('1 分 05 秒');
    expect(formatCountdown(45)).toBe('45 秒');
    expect(formatCountdown(-3)).toBe('0 秒');
  });

  it('marks the last 15 seconds and the end', () => {
    expect(countdownTone(16)).toBe('ok');
    expect(countdownTone(15)).toBe('ending');
    expect(countdownTone(0)).toBe('expired');
  });
});
