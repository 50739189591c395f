import type { DomainEvent } from '../domain/events';
import { outcomeCodes } from '../domain/handoff-case';

/** One specialist's (or one reason's) resolved cases, and how long they took. */
export interface DeskRow {
  resolved: number;
  /** Every outcome code, zeros included. */
  byOutcome: Record<string, number>;
  /** Median seconds from claim to resolution; null without a time. */
  medianHandleSeconds: number | null;
  /** Median seconds from the case opening to the first message a specialist wrote; null without one. */
  medianFirstReplySeconds: number | null;
}

/** The specialists' desk over the period: resolutions by outcome code, per specialist and per reason. */
export interface DeskFigures {
  total: DeskRow;
  bySpecialist: Array<{ specialist: string } & DeskRow>;
  byReason: Array<{ reason: string } & DeskRow>;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

type Resolved = DomainEvent<'handoff.resolved'>['data'];

function rowOf(resolutions: Partial<Resolved>[]): DeskRow {
  const byOutcome = Object.fromEntries(outcomeCodes.map((code) => [code, 0])) as Record<string, number>;
  for (const resolution of resolutions) {
    const code = resolution.outcomeCode && resolution.outcomeCode in byOutcome ? resolution.outcomeCode : 'other';
    byOutcome[code]! += 1;
  }
  const times = (pick: (r: Partial<Resolved>) => number | null | undefined) => resolutions.flatMap((r) => (typeof pick(r) === 'number' ? [pick(r) as number] : []));
  return {
    resolved: resolutions.length,
    byOutcome,
    medianHandleSeconds: median(times((r) => r.handleSeconds)),
    medianFirstReplySeconds: median(times((r) => r.firstReplySeconds)),
  };
}

function grouped<K extends string>(resolutions: Partial<Resolved>[], keyOf: (r: Partial<Resolved>) => string, name: K) {
  const groups = new Map<string, Partial<Resolved>[]>();
  for (const resolution of resolutions) groups.set(keyOf(resolution), [...(groups.get(keyOf(resolution)) ?? []), resolution]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, rows]) => ({ [name]: key, ...rowOf(rows) }) as { [P in K]: string } & DeskRow);
}

/**
 * From `handoff.resolved` events (the caller passes those of the period). A resolution recorded
 * before outcome codes existed counts as "other", by an unknown specialist, without times.
 */
export function deskFigures(events: DomainEvent[]): DeskFigures {
  const resolutions: Partial<Resolved>[] = events.flatMap((event) => (event.type === 'handoff.resolved' ? [event.data] : []));
  return {
    total: rowOf(resolutions),
    bySpecialist: grouped(resolutions, (r) => r.specialist ?? 'unknown', 'specialist'),
    byReason: grouped(resolutions, (r) => r.reason ?? 'unknown', 'reason'),
  };
}
