import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/domain/clock';
import { localToday, type Policy } from '../../../src/domain/policy';
import { localTimeIn } from '../../../src/domain/zone-time';

const zones = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
  'Pacific/Honolulu', 'America/Puerto_Rico', 'Pacific/Guam', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Europe/London', 'UTC', 'utc', 'UTC+5',
];

/** Every quarter hour over the 2026 US and Lord Howe DST switches, and every day at noon UTC. */
const instants = [
  ...[Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 10, 1, 5), Date.UTC(2026, 3, 4, 14), Date.UTC(2026, 9, 3, 14), Date.UTC(2026, 2, 29, 0)].flatMap((start) =>
    Array.from({ length: 12 * 4 }, (_, i) => start + i * 15 * 60_000 + 59_999),
  ),
  ...Array.from({ length: 366 }, (_, day) => Date.UTC(2026, 0, 1 + day, 12, 7)),
];

describe('localTimeIn (RF-02 windows are read on it)', () => {
  it('reads what luxon reads in every zone at every instant, across DST switches on and off the hour', () => {
    for (const zone of zones) {
      for (const millis of instants) {
        const expected = DateTime.fromMillis(millis, { zone });
        const { year, month, day, hour, minute, weekday } = expected;
        expect(localTimeIn(new Date(millis), zone), `${zone} ${expected.toISO()}`).toEqual({ year, month, day, hour, minute, weekday });
      }
    }
  });

  it('reads the same instant again the same way from its cache', () => {
    const at = new Date(Date.UTC(2026, 2, 8, 7, 30));
    expect(localTimeIn(at, 'America/New_York')).toEqual(localTimeIn(new Date(at.getTime()), 'America/New_York'));
    expect(localTimeIn(at, 'America/New_York')?.hour).toBe(3);
    expect(localTimeIn(new Date(Date.UTC(2026, 2, 8, 6, 59)), 'America/New_York')?.hour).toBe(1);
  });

  it('knows no time in a zone that does not exist, nor at an invalid instant', () => {
    expect(localTimeIn(new Date(), 'Mars/Olympus_Mons')).toBeNull();
    expect(localTimeIn(new Date(), '')).toBeNull();
    expect(localTimeIn(new Date(Number.NaN), 'America/New_York')).toBeNull();
  });
});

describe("localToday (the debtor's date that due dates count from)", () => {
  it('is the date luxon gives in the debtor zone, the creditor zone when the account has none', () => {
    const policy = { creditor: { timezone: 'America/Los_Angeles' } } as Pick<Policy, 'creditor'>;
    for (const millis of [Date.UTC(2026, 0, 1, 4, 59), Date.UTC(2026, 0, 1, 5), Date.UTC(2026, 2, 8, 7, 59), Date.UTC(2026, 11, 31, 23, 30)]) {
      const clock = new ManualClock(new Date(millis));
      for (const timezone of ['America/New_York', 'Pacific/Honolulu', 'Pacific/Guam', undefined]) {
        expect(localToday({ timezone }, policy, clock)).toBe(DateTime.fromMillis(millis, { zone: timezone ?? 'America/Los_Angeles' }).toISODate());
      }
    }
  });
});
