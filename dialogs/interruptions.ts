import type { Consent } from '../src/language/explicit-consent';
import type { Intent } from '../src/language/recognition';

/** Where the menu can send the debtor: its choices, and what free text is routed to. */
export type Destination = 'payInFull' | 'plan' | 'promise' | 'details' | 'person' | 'settle' | 'menu' | 'goodbye' | 'whoIsThis';

const offerFlows = new Set<Destination>(['payInFull', 'plan', 'promise', 'settle']);

/** The prompt the debtor is answering: the flow it belongs to, and whether it asks for a yes or no. */
export interface OpenPrompt {
  flow: Destination;
  confirming: boolean;
}

/** What the debtor's message is, read by the menu's one routing table. */
export interface Heard {
  intent: Intent;
  destination: Destination | undefined;
  /** MENU, BACK, OPTIONS... said alone. */
  menuWord: boolean;
  /** The message names an amount, a date or a frequency, which an offer's question may be asking for. */
  namesTerms: boolean;
  namesFrequency: boolean;
  /** At a confirmation only: the explicit-consent reading. */
  consent?: Consent;
  /** At a confirmation only: the debtor stands by their own figure ("that's all I can do"). */
  holdsFirm?: boolean;
  /** At a confirmation only: the debtor asks for time ("wait", "let me think", "un momento"). */
  hesitates?: boolean;
  /**
   * The debtor turns a plan down ("no quiero un plan", "no installments") and names no date or
   * figure beside it: "no plan, 100 on the 15th" answers the question with its terms.
   */
  declinesPlan: boolean;
}

export type Interruption =
  /** Not an interruption: the prompt reads the message (and counts a miss if it cannot). */
  | { kind: 'none' }
  /** A question: answered, then the open question is asked again (Rasa's continue_interrupted). */
  | { kind: 'answer'; destination: 'details' | 'whoIsThis' }
  /** "Say that again": the open question is asked again, not counted as a miss. */
  | { kind: 'repeat' }
  /** A plan turned down at another offer's question: "no plan", and the open question asked again. */
  | { kind: 'planDeclined' }
  /** A new request or MENU: the open question is dropped and the request acted on (cancel_flow). */
  | { kind: 'switch'; destination: Destination };

/**
 * Issue #15: what the debtor says at any prompt is first offered here; a prompt sees only what is
 * left. Rights, STOP, HELP and safety never reach a prompt (the turn handles them first, bot.ts);
 * the menu's own prompt routes every request itself. A message that answers the open question
 * (a yes at a confirmation, terms at an offer) stays with the prompt.
 */
export function interruptionAt(prompt: OpenPrompt, heard: Heard): Interruption {
  if (prompt.flow === 'menu') return { kind: 'none' };
  if (heard.menuWord) return { kind: 'switch', destination: 'menu' };
  if (prompt.confirming && heard.consent === 'yes') return { kind: 'none' };
  // Held to after the policy's lowest settlement was named: the settlement's own answer (a case for a person).
  if (prompt.flow === 'settle' && prompt.confirming && heard.holdsFirm) return { kind: 'none' };
  // "no quiero un plan" while promising a payment declines a plan, not the promise (issue #16 item 4).
  if (heard.declinesPlan && prompt.flow !== 'plan') return { kind: 'planDeclined' };
  if (heard.intent === 'repeat') return { kind: 'repeat' };
  const { destination } = heard;
  // "wait ya", "hold on, thanks": a hesitation holds the terms, whatever farewell the classifier hears in it.
  if (prompt.confirming && heard.hesitates && destination === 'goodbye') return { kind: 'none' };
  if (destination === undefined || destination === prompt.flow) return { kind: 'none' };
  if (destination === 'details' || destination === 'whoIsThis') return { kind: 'answer', destination };
  if (heard.namesTerms) {
    // Terms ("the 15th", "thanks, the 15th", "200 on Friday") answer the offer's own question
    // whatever the words lean to; only a frequency ("100 a month") asks for a plan. At a
    // confirmation, "yes but on Friday" stays unclear for the confirmation to ask again, and
    // "no, 200 on Friday" goes where it leans.
    if (heard.namesFrequency && prompt.flow !== 'plan') return { kind: 'switch', destination: 'plan' };
    if (prompt.confirming && heard.consent === 'no' && offerFlows.has(destination)) return { kind: 'switch', destination };
    return { kind: 'none' };
  }
  // "hello?" at a question is a miss, asked again in other words; "help" is a way back to the menu.
  if (heard.intent === 'greeting') return { kind: 'none' };
  return { kind: 'switch', destination };
}
