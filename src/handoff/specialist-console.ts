import { Router } from 'express';
import type { TranscriptLog } from '../audit/transcript-log';
import type { DirectLine } from '../channels/directline/direct-line';
import type { SmsSender } from '../channels/sms/sender';
import type { SpecialistUser } from '../config';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { EventPublisher } from '../outreach/event-publisher';
import { HandoffSlaWatch } from './handoff-sla';
import type { Store } from '../store/store';
import { consoleRoutes } from './console-routes';
import type { ConsoleSessions } from './console-sessions';
import { DebtorMessenger } from './debtor-messenger';
import { handoffRoutes } from './handoff-routes';
import { QueueFeed } from './queue-feed';
import { byUrgency, queueItem } from './queue-order';
import { SpecialistDesk } from './specialist-desk';
import { SignInLimits } from './sign-in-limits';
import { parseSpecialistCredential } from './specialist-passwords';

export interface SpecialistConsoleOptions {
  policy: Policy;
  operatorToken: string | null;
  specialistUsers: SpecialistUser[];
  /** Null: SMS cases cannot be answered from here (503 sms_unavailable). */
  sms: SmsSender | null;
  /** How often the live queue re-reads the store while someone watches. */
  queueRefreshMs?: number;
}

export interface SpecialistConsoleDeps {
  store: Store;
  clock: Clock;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  directLine: Pick<DirectLine, 'deliver'>;
  events: EventPublisher;
  /** Shared with the other routes a console session may call (adjustments). */
  sessions: ConsoleSessions;
  metrics?: OutboundDecisionMetrics;
}

/** Wires the handoff API and the console; mount `router` before the 404 handler, call `close` on shutdown. */
export function createSpecialistConsole(
  options: SpecialistConsoleOptions,
  deps: SpecialistConsoleDeps,
): { router: Router; slaWatch: HandoffSlaWatch; close(): void } {
  const { store, clock, transcripts, sessions } = deps;
  const messenger = new DebtorMessenger({ ...deps, policy: options.policy, sms: options.sms });
  const desk = new SpecialistDesk({ store, clock, transcripts, optOuts: deps.optOuts, messenger, events: deps.events });
  const feed = new QueueFeed(async () => {
    const handoffs = await store.listHandoffs();
    return handoffs.filter((handoff) => handoff.status !== 'resolved').sort(byUrgency).map(queueItem);
  }, options.queueRefreshMs);
  const router = Router();
  router.use(handoffRoutes({ store, transcripts, desk, feed, sessions, operatorToken: options.operatorToken }));
  router.use(consoleRoutes({ sessions, credentials: options.specialistUsers.map(parseSpecialistCredential), limits: new SignInLimits(store, clock) }));
  const slaWatch = new HandoffSlaWatch({ store, policy: options.policy, clock, transcripts, events: deps.events, messenger });
  return { router, slaWatch, close: () => feed.close() };
}
