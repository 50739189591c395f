import { Info } from 'luxon';
import { remembered } from './remembered';

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

/**
 * A zone's UTC offset (minutes) through one hour of instants, keyed "<zone> <hour since epoch>";
 * NaN when it changes within that hour (a switch off the hour) or luxon does not know the zone.
 * Every turn reads the debtor's zones (RF-02) and Intl answers an offset slowly, so one answer
 * serves the hour; a few thousand cover every zone a busy day touches.
 */
const steadyOffset = remembered(2_000, (zoneHour: string): number => {
  const space = zoneHour.lastIndexOf(' ');
  const zone = Info.normalizeZone(zoneHour.slice(0, space));
  const start = Number(zoneHour.slice(space + 1)) * HOUR_MS;
  if (!zone.isValid) return NaN;
  const first = zone.offset(start);
  return first === zone.offset(start + HOUR_MS - 1) ? first : NaN;
});

/** NaN for a zone luxon does not know. */
function offsetMinutes(zone: string, millis: number): number {
  const steady = steadyOffset(`${zone} ${Math.floor(millis / HOUR_MS)}`);
  return Number.isNaN(steady) ? Info.normalizeZone(zone).offset(millis) : steady;
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

/** A calendar day as ISO 8601 ("2026-12-03"), the form dates take everywhere in the domain. */
export function isoDay({ year, month, day }: Pick<LocalTime, 'year' | 'month' | 'day'>): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
