import type { TranscriptLog } from '../src/audit/transcript-log';
import type { Entities } from '../src/language/recognition';
import type { Clock } from '../src/domain/clock';
import type { Policy } from '../src/domain/policy';
import type { DisputeDesk } from '../src/handoff/dispute-desk';
import type { HandoffDesk } from '../src/handoff/handoff-desk';
import type { EventPublisher } from '../src/outreach/event-publisher';
import type { PaymentReminders } from '../src/outreach/payment-reminders';
import type { PaymentLinks } from '../src/payments/payment-link';
import type { OptOutRegistry } from '../src/conversation/opt-outs';
import type { ArrangementHolds } from '../src/payments/arrangement-holds';
import type { Store } from '../src/store/store';

/** What dialogs may use: the domain through the store, never money math of their own. */
export interface DialogServices {
  store: Store;
  policy: Policy;
  clock: Clock;
  transcripts: TranscriptLog;
  handoffs: HandoffDesk;
  /** A dispute the debtor raises starts the dispute workflow (received). */
  disputes: Pick<DisputeDesk, 'received'>;
  paymentLinks: PaymentLinks;
  events: EventPublisher;
  reminders: PaymentReminders;
  /** Opt-outs per channel and address (TC-02, RF-06); a wrong number is one (RF-11, TC-06). */
  optOuts: OptOutRegistry;
  /** Suspends promises and plans when collection stops (issue #19 item 11). */
  holds: ArrangementHolds;
}

/** What an offer dialog (plan, promise, settlement) starts from: the terms the debtor already named. */
export interface OfferOptions {
  entities?: Entities;
}
