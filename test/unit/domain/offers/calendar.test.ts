import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/domain/errors';
import { addDays, addMonths, clampToWindow, daysBetween, nextDayOfMonth, windowFrom } from '../../../../src/domain/offers/calendar';

describe('calendar', () => {
  it('clamps a month-end date to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2099-12-31', 2)).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('finds the next payday on a day of the month', () => {
    expect(nextDayOfMonth('2025-03-10', 15)).toBe('2025-03-15');
    expect(nextDayOfMonth('2025-03-15', 15)).toBe('2025-03-15');
    expect(nextDayOfMonth('2025-03-16', 15)).toBe('2025-04-15');
    expect(nextDayOfMonth('2025-12-20', 15)).toBe('2026-01-15');
    expect(nextDayOfMonth('2025-02-10', 31)).toBe('2025-02-28');
    expect(nextDayOfMonth('2024-02-10', 30)).toBe('2024-02-29');
    expect(nextDayOfMonth('2025-04-30', 31)).toBe('2025-04-30');
  });

  it('clamps a date to the nearest day of a window', () => {
    const window = windowFrom('2025-06-10', 14);
    expect(window).toEqual({ earliest: '2025-06-10', latest: '2025-06-24' });
    expect(clampToWindow('2025-06-01', window)).toBe('2025-06-10');
    expect(clampToWindow('2025-06-15', window)).toBe('2025-06-15');
    expect(clampToWindow('2025-07-30', window)).toBe('2025-06-24');
  });

  it.each(['2025-02-30', '2025-1-05', '2025-01-05T00:00', 'next friday', ''])('rejects %j as a calendar date', (text) => {
    expect(() => addDays(text, 1)).toThrow(DomainError);
    expect(() => addDays(text, 1)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });

  it('rejects a day of the month that does not exist', () => {
    expect(() => nextDayOfMonth('2025-01-01', 32)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
