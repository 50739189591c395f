/** Rights the debtor invokes: recall first (RULES.md AI-02). */
export const protectedIntents = [
  'dispute_not_my_debt',
  'dispute_wrong_amount',
  'dispute_identity_theft',
  'debt_validation_request',
  'cease_contact',
  'attorney_represented',
  'bankruptcy',
  'deceased',
  'wrong_number',
  // RF-11 / RF-12: someone other than the debtor says who they are ("this is his wife")
  'third_party',
  // RF-07: a refusal to pay in writing stops collection like a cease
  'refusal_to_pay',
  'hardship',
  'request_human',
  'collector_conduct_complaint',
] as const;

/**
 * Safety outranks everything in the turn (ARCHITECTURE.md): words of self-harm or suicide, and
 * threats of violence (RULES.md AI-02 SELF_HARM, THREAT_OF_VIOLENCE; RF-14). Recall first.
 */
export const safetyIntents = ['crisis', 'threat'] as const;

/** Intent names shared with ../shared/eval/README.md so any labelled file can score the recognizer. */
export const intents = [
  // account and payment
  'balance_question',
  'fees_interest_question',
  'payment_history',
  'make_payment',
  'pay_in_full',
  'payment_plan',
  'promise_to_pay',
  // FL-01: less than the balance in full satisfaction ("can I settle for less", "te doy 300 y cerramos")
  'settlement_request',
  'payment_already_made',
  'update_contact_info',
  'credit_reporting_question',
  'identity_verification',
  ...protectedIntents,
  // conversation
  'greeting',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'dont_know',
  'cancel_nevermind',
  'repeat',
  'help',
  'who_is_this',
  // AI-01: "am I talking to a real person?"; are_you_a_bot is the older name of the same
  // question (the shared dev set, recognizer.v1) and is read the same way
  'ai_identity_question',
  'are_you_a_bot',
  // AI-03 / FL-01: an offer the debtor says someone made, or an instruction to change the terms
  'claimed_prior_offer',
  'language_switch',
  'inform_slot_value',
  // safety
  ...safetyIntents,
  'abusive',
  'prompt_injection',
  'spam',
  'out_of_scope',
] as const;
export type Intent = (typeof intents)[number];
