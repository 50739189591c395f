import type { Clock } from '../domain/clock';
import { creditorEventTypes, type DomainEvent, type EventData, type EventType } from '../domain/events';
import type { Store } from '../store/store';
import type { ActivityLog } from './activity-log';
import type { RetryPolicy } from './job-runner';

/** The outbox: creditor events wait here, durably, until the creditor's webhook accepted them. */
export const CREDITOR_EVENTS_QUEUE = 'creditor-events';
/** A receiver down over a long weekend still gets every event: a hundred tries, an hour apart at most, span about four days. */
export const CREDITOR_EVENTS_RETRY: RetryPolicy = { maxAttempts: 100 };

/**
 * The one way anything announces what happened: the event goes into the activity log (reports)
 * and, for the creditor's types, into the outbox in the same call, so an event the receiver
 * missed while it was down is still delivered later, with the same id.
 */
export class EventPublisher {
  constructor(
    private readonly deps: { store: Store; clock: Clock; activity: ActivityLog; webhookConfigured: boolean },
  ) {}

  /**
   * `id`: derived from what caused the event (a turn's inbound message, a case), so publishing it
   * again (a replayed turn) keeps it and queues it once; without one the event gets a random id.
   */
  async publish<T extends EventType>(type: T, accountId: string | null, data: EventData[T], id?: string): Promise<DomainEvent<T>> {
    const event = await this.deps.activity.record(type, accountId, data, id);
    if (this.deps.webhookConfigured && creditorEventTypes.includes(type)) {
      await this.deps.store.scheduleJob<DomainEvent>(CREDITOR_EVENTS_QUEUE, { id: event.id, runAt: event.occurredAt, attempts: 0, payload: event as DomainEvent });
    }
    return event;
  }
}
