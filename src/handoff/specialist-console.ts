import { Router } from 'express';
import type { TranscriptLog } from '../audit/transcript-log';
import type { SmsSender } from '../channels/sms/sender';
import type { SpecialistUser } from '../config';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { EventPublisher } from '../outreach/event-publisher';
import type { Store } from '../store/store';
import { CaseProposals } from './case-proposals';
import { consoleRoutes } from './console-routes';
import type { ConsoleSessions } from './console-sessions';
import { DebtorMessenger, type WebChatDelivery } from './debtor-messenger';
import { DebtorNotices } from './debtor-notices';
import { handoffRoutes } from './handoff-routes';
import { HandoffSlaWatch } from './handoff-sla';
import { QueueFeed } from './queue-feed';
import { SpecialistDesk } from './specialist-desk';
import { SignInLimits } from './sign-in-limits';
import { parseSpecialistCredential } from './specialist-passwords';

export interface SpecialistConsoleOptions {
  policy: Policy;
  operatorToken: string | null;
  specialistUsers: SpecialistUser[];
  /** Null: SMS cases cannot be answered from here (503 sms_unavailable, before anything changes). */
  sms: SmsSender | null;
  /** How often the live queue re-reads the store while someone watches. */
  queueRefreshMs?: number;
}

export interface SpecialistConsoleDeps {
  store: Store;
  clock: Clock;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  directLine: WebChatDelivery;
  events: EventPublisher;
  /** Shared with the other routes a console session may call (adjustments). */
  sessions: ConsoleSessions;
  metrics?: OutboundDecisionMetrics;
}

/**
 * Wires the handoff API and the console; mount `router` before the 404 handler, work `slaWatch`
 * and `notices` on their job queues, call `close` on shutdown.
 */
export function createSpecialistConsole(options: SpecialistConsoleOptions, deps: SpecialistConsoleDeps) {
  const { store, clock, transcripts, sessions } = deps;
  const { policy } = options;
  const messenger = new DebtorMessenger({ ...deps, policy, sms: options.sms });
  const notices = new DebtorNotices({ store, clock, transcripts, messenger });
  const desk = new SpecialistDesk({ store, clock, policy, transcripts, optOuts: deps.optOuts, messenger, notices, events: deps.events });
  const proposals = new CaseProposals({ store, policy, clock, messenger, desk });
  const feed = new QueueFeed(() => store.listHandoffs(), clock, options.queueRefreshMs);
  const router = Router();
  router.use(handoffRoutes({ store, clock, transcripts, desk, proposals, feed, sessions, operatorToken: options.operatorToken }));
  router.use(consoleRoutes({ sessions, credentials: options.specialistUsers.map(parseSpecialistCredential), limits: new SignInLimits(store, clock) }));
  const slaWatch = new HandoffSlaWatch({ store, policy, clock, transcripts, events: deps.events, messenger });
  return { router, slaWatch, notices, close: () => feed.close() };
}
