import { Info } from 'luxon';

/** The wall-clock reading of an instant in a zone, as plain numbers (month 1-12, weekday 1 = Monday .. 7 = Sunday). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const HOUR_MS = 3_600_000;
/** Enough for every zone a few hundred conversations touch over a few hours; cleared whole when full. */
const MAX_CACHED = 2_000;
const offsets = new Map<string, number>();

/**
 * A zone's UTC offset (minutes) at an instant. Every turn reads the debtor's zones (RF-02) and
 * Intl answers an offset slowly, so one answer serves a whole hour of instants; an hour in which
 * the offset changes (a DST switch that is not on the hour) is asked of Intl at every instant.
 * NaN for a zone luxon does not know.
 */
function offsetMinutes(zone: string, millis: number): number {
  const hour = Math.floor(millis / HOUR_MS);
  const key = `${zone} ${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const named = Info.normalizeZone(zone);
  if (!named.isValid) return NaN;
  const first = named.offset(hour * HOUR_MS);
  if (first !== named.offset(hour * HOUR_MS + HOUR_MS - 1)) return named.offset(millis);
  if (offsets.size >= MAX_CACHED) offsets.clear();
  offsets.set(key, first);
  return first;
}

/** What a clock in `zone` reads at `at`, as luxon reads it; null when the zone is unknown. */
export function localTimeIn(at: Date, zone: string): LocalTime | null {
  const millis = at.getTime();
  const offset = offsetMinutes(zone, millis);
  if (!Number.isFinite(offset) || !Number.isFinite(millis)) return null;
  const wall = new Date(millis + offset * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay() || 7,
  };
}
