import { TranscriptLog } from '../audit/transcript-log';
import { decideOutbound } from '../compliance/outbound-gate';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import { DisputeDesk } from '../handoff/dispute-desk';
import { HandoffDesk } from '../handoff/handoff-desk';
import { AdjustmentPosting } from '../payments/adjustment-posting';
import { HANDOFF_SUMMARY_QUEUE, HANDOFF_SUMMARY_RETRY, HandoffSummaryByModel } from '../handoff/summary-by-model';
import type { Understand } from '../language/understand';
import type { SmsSender } from '../channels/sms/sender';
import { createOutreach } from '../outreach/create-outreach';
import { ArrangementHolds } from '../payments/arrangement-holds';
import { PaymentLinks } from '../payments/payment-link';
import type { OutboundDecisionMetrics, TurnMetrics } from '../observability/metrics';
import type { Store } from '../store/store';
import { ConversationAdapter } from './adapter';
import { Assistant } from './assistant';
import { AmicableBot } from './bot';
import { ConversationStateStore } from './conversation-state';
import { OptOutRegistry } from './opt-outs';
import { OutboundGateMiddleware } from './outbound-gate-middleware';

export interface AssistantOptions {
  policy: Policy;
  paymentLinks: { baseUrl: string; secret: string; ttlSeconds: number };
  idleMinutes: number;
  /** CREDITOR_WEBHOOK_URL and _SECRET; null: events feed the reports only. */
  creditorWebhook: { url: string; secret: string } | null;
  /** RETENTION_DAYS (RF-24): raised to the three-year minimum by the retention rule. */
  retentionDays: number;
  /** The configured OpenAI model also summarizes handoff cases for specialists; null: deterministic summaries only. */
  summaryModel: { apiKey: string; baseURL?: string | undefined; model?: string | undefined } | null;
}

export interface AssistantDeps {
  store: Store;
  clock: Clock;
  understand: Understand;
  /** Outbound SMS by Twilio's REST API (reminders, specialists' replies); null: off. */
  sms: SmsSender | null;
  onJobError?: (queue: string, error: unknown) => void;
  /** Where turns and outbound gate decisions are counted; absent: nowhere (the terminal chat). */
  metrics?: TurnMetrics & OutboundDecisionMetrics;
}

/** Conversation state outlives the idle window so a returning debtor's record is still linked. */
const CONVERSATION_STATE_TTL_SECONDS = 30 * 24 * 3600;

/** Wires the conversation runtime: the bot, its dialogs, and the outbound gate on the adapter. */
export function createAssistant(options: AssistantOptions, deps: AssistantDeps) {
  const { store, clock } = deps;
  const { policy } = options;
  const transcripts = new TranscriptLog(store);
  const optOuts = new OptOutRegistry(store);
  const paymentLinks = new PaymentLinks(options.paymentLinks);
  const outreach = createOutreach({
    store,
    clock,
    policy,
    transcripts,
    optOuts,
    paymentLinks,
    sms: deps.sms,
    creditorWebhook: options.creditorWebhook,
    retentionDays: options.retentionDays,
    ...(deps.onJobError ? { onJobError: deps.onJobError } : {}),
    metrics: deps.metrics,
  });
  const { events, reminders } = outreach;
  const summaries = options.summaryModel ? new HandoffSummaryByModel({ store, transcripts, ...options.summaryModel }) : null;
  if (summaries) outreach.addQueue(HANDOFF_SUMMARY_QUEUE, summaries.handle, HANDOFF_SUMMARY_RETRY);
  const handoffs = new HandoffDesk({ store, policy, clock, transcripts, events, summarizeByModel: summaries !== null });
  const adjustments = new AdjustmentPosting({ store, clock, policy, transcripts, events, sender: outreach.sender });
  const disputes = new DisputeDesk({ store, clock, policy, transcripts, events, adjustments });
  const holds = new ArrangementHolds({ store, clock, policy, transcripts, events, reminders });

  const adapter = new ConversationAdapter();
  adapter.use(new OutboundGateMiddleware({ gate: decideOutbound, policy, clock, transcripts, metrics: deps.metrics ?? null }));
  const conversationState = new ConversationStateStore(store, CONVERSATION_STATE_TTL_SECONDS);
  const bot = new AmicableBot({
    store,
    policy,
    clock,
    transcripts,
    handoffs,
    disputes,
    paymentLinks,
    events,
    reminders,
    optOuts,
    holds,
    understand: deps.understand,
    conversationState,
    idleMinutes: options.idleMinutes,
    defaultLanguage: 'en',
  });
  const assistant = new Assistant({ store, clock, conversationState, adapter, bot, metrics: deps.metrics ?? null });
  return { assistant, transcripts, optOuts, handoffs, disputes, paymentLinks, outreach, reminders, holds };
}
