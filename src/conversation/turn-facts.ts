import type { TurnContext } from 'botbuilder';
import { collectionStopped, type Account, type Language } from '../domain/account';
import type { Channel } from '../domain/channel';
import type { Understanding } from '../language/understand';
import type { Session } from './session';
import type { TurnEffects } from './turn-effects';

/** What this turn knows, shared by the bot, the dialogs and the outbound gate middleware. */
export interface TurnFacts {
  channel: Channel;
  conversationId: string;
  /** Where the debtor is reached: E.164 phone for SMS, the Direct Line conversation otherwise. */
  address: string;
  session: Session;
  /** The verified account, when there is one. */
  account: Account | null;
  /** Accounts on file for the sender's phone: only for audit links and protective flags, never shown. */
  phoneAccountIds: string[];
  recognition: Understanding;
  /** The first outbound message of the session gets the AI disclosure (AI-01). */
  sessionStart: boolean;
  /** Opted out of this channel at this address (RF-06, TC-02): read once a turn, kept current by STOP and START. */
  optedOut: boolean;
  /** Ids for what the turn writes, derived from the inbound message: a replayed turn writes nothing twice. */
  effects: TurnEffects;
}

const TURN_FACTS = Symbol('amicable.turnFacts');

export function setTurnFacts(context: TurnContext, facts: TurnFacts): void {
  context.turnState.set(TURN_FACTS, facts);
}

export function turnFacts(context: TurnContext): TurnFacts {
  const facts = context.turnState.get(TURN_FACTS) as TurnFacts | undefined;
  if (!facts) throw new Error('turn facts are set by the bot before any dialog runs');
  return facts;
}

/**
 * No offer or payment ask now: the account's collection is stopped (a dispute, a cease, a crisis...),
 * or this conversation heard words of crisis or a threat (AI-02, RF-14).
 */
export function collectionPaused(facts: TurnFacts, account: Account): boolean {
  return facts.session.safetyHold !== undefined || collectionStopped(account);
}

export function turnLanguage(context: TurnContext): Language {
  return turnFacts(context).session.language;
}
