import type { Language } from '../domain/account';
import type { Frequency } from '../domain/policy';
import type { Intent } from '../domain/intents';

export type { Intent } from '../domain/intents';

/** Values found in a message. Amounts in cents, dates as YYYY-MM-DD in the debtor's zone. */
export interface Entities {
  amountCents?: number;
  /** A payment date the debtor named ("next Friday", "the 15th"). */
  date?: string;
  frequency?: Frequency;
  /** A date of birth written any common way ("3/14/85", "March 14, 1985"). */
  dateOfBirth?: string;
  zip?: string;
  /** Four digits given as SSN or account last 4. */
  last4?: string;
  /** A bare number chosen from a numbered menu ("2"). */
  menuChoice?: number;
}

export interface Recognition {
  /** The top intent. */
  intent: Intent;
  /** The classifier's probability for the top intent, when the classifier chose it (absent when a rule did). */
  confidence?: number;
  /** Every intent the assistant acts on, top intent first, protected intents included. */
  intents: Intent[];
  entities: Entities;
  language: Language;
  /** Which recognizer produced it. */
  source: 'local' | 'openai';
}

/** What a recognizer needs to resolve relative dates ("next Friday") in the debtor's zone. */
export interface RecognitionContext {
  now: Date;
  timezone: string;
  /** The language the conversation is in so far. */
  language: Language;
}

export interface Recognizer {
  recognize(text: string, context: RecognitionContext): Promise<Recognition>;
}
