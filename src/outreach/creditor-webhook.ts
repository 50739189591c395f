import type { Clock } from '../domain/clock';
import type { DomainEvent } from '../domain/events';
import { SIGNATURE_HEADER, signatureFor } from './creditor-signature';
import type { JobHandler } from './job-runner';

/** The creditor's receiver answered something other than 2xx, or not at all: the outbox retries. */
export class WebhookDeliveryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WebhookDeliveryError';
  }
}

/**
 * Delivers one outbox event to CREDITOR_WEBHOOK_URL, signed. At least once: a failure throws, and
 * the job runner retries with backoff; the receiver de-duplicates on the event's id.
 */
export function creditorWebhookDelivery(options: { url: string; secret: string; clock: Clock; timeoutMs?: number }): JobHandler<DomainEvent> {
  return async (job) => {
    const body = JSON.stringify(job.payload);
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signatureFor(options.secret, body, options.clock.now()) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new WebhookDeliveryError(`event ${job.payload.id} not delivered: ${(error as Error).message}`, { cause: error });
    }
    // The body is not needed; reading it frees the connection for the next delivery.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new WebhookDeliveryError(`event ${job.payload.id} refused with HTTP ${response.status}`);
    return { done: true };
  };
}
