import { randomUUID } from 'node:crypto';
import { DAY_MS, type Clock } from '../domain/clock';
import type { DomainEvent, EventData, EventType } from '../domain/events';
import type { Store } from '../store/store';

const dayKey = (day: string) => `activity:${day}`;

/**
 * Every domain event, in one append-only log per UTC day: the reports read the days of their
 * period instead of scanning accounts. Events are facts, never changed once written. A turn
 * replayed after a failure records its events again with the ids it derived the first time; the
 * log is read with the first of each id only (a day's log is too busy to check on writing, and
 * an index of ids would cost Redis memory for every event).
 */
export class ActivityLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Builds the event (the clock's time, and a unique id unless the caller derived one) and keeps it. */
  async record<T extends EventType>(type: T, accountId: string | null, data: EventData[T], id?: string): Promise<DomainEvent<T>> {
    const occurredAt = this.clock.now().toISOString();
    const event = { id: id ?? randomUUID(), type, occurredAt, accountId, data } as DomainEvent<T>;
    await this.store.appendLog(dayKey(occurredAt.slice(0, 10)), event);
    return event;
  }

  /** The events of every UTC day from `fromDay` to `toDay` inclusive, oldest first. */
  async read(fromDay: string, toDay: string): Promise<DomainEvent[]> {
    const days: string[] = [];
    for (let at = Date.parse(`${fromDay}T00:00:00Z`); at <= Date.parse(`${toDay}T00:00:00Z`); at += DAY_MS) {
      days.push(new Date(at).toISOString().slice(0, 10));
    }
    const logs = await Promise.all(days.map((day) => this.store.readLog<DomainEvent>(dayKey(day))));
    const seen = new Set<string>();
    return logs.flat().filter((event) => !seen.has(event.id) && seen.add(event.id));
  }
}
