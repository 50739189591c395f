import { ConversationState } from 'botbuilder';
import { fallbackTimezone } from '../../dialogs/today';
import { TranscriptLog } from '../audit/transcript-log';
import { decideOutbound } from '../compliance/outbound-gate';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import { HandoffDesk } from '../handoff/handoff-desk';
import type { Understand } from '../language/understand';
import { PaymentLinks } from '../payments/payment-link';
import type { Store } from '../store/store';
import { ConversationAdapter } from './adapter';
import { Assistant } from './assistant';
import { AmicableBot } from './bot';
import { StoreBackedStorage } from './bot-storage';
import { OptOutRegistry } from './opt-outs';
import { OutboundGateMiddleware } from './outbound-gate-middleware';

export interface AssistantOptions {
  policy: Policy;
  paymentLinks: { baseUrl: string; secret: string; ttlSeconds: number };
  idleMinutes: number;
}

export interface AssistantDeps {
  store: Store;
  clock: Clock;
  understand: Understand;
}

/** Conversation state outlives the idle window so a returning debtor's record is still linked. */
const CONVERSATION_STATE_TTL_SECONDS = 30 * 24 * 3600;

/** Wires the conversation runtime: the bot, its dialogs, and the outbound gate on the adapter. */
export function createAssistant(options: AssistantOptions, deps: AssistantDeps) {
  const { store, clock } = deps;
  const { policy } = options;
  const transcripts = new TranscriptLog(store);
  const optOuts = new OptOutRegistry(store);
  const handoffs = new HandoffDesk({ store, policy, clock, transcripts });
  const paymentLinks = new PaymentLinks(options.paymentLinks);

  const adapter = new ConversationAdapter();
  adapter.use(new OutboundGateMiddleware({ gate: decideOutbound, policy, clock, transcripts, optOuts }));
  const bot = new AmicableBot({
    store,
    policy,
    clock,
    transcripts,
    handoffs,
    paymentLinks,
    optOuts,
    understand: deps.understand,
    conversationState: new ConversationState(new StoreBackedStorage(store, CONVERSATION_STATE_TTL_SECONDS)),
    idleMinutes: options.idleMinutes,
    defaultTimezone: fallbackTimezone,
    defaultLanguage: 'en',
  });
  const assistant = new Assistant({ store, clock, transcripts, adapter, bot });
  return { assistant, transcripts, optOuts, handoffs, paymentLinks };
}
