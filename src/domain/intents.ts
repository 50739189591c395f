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

/**
 * Questions with an approved answer (issue #19 item 10): worded in prompts/answers.ts, every
 * figure from the policy and the account. fees_interest_question and credit_reporting_question
 * are the shared dev set's names; the others are ours.
 */
export const questionIntents = [
  'fees_interest_question',
  'credit_reporting_question',
  // RF-15 / AI-04: "what happens if I don't pay?", "can you sue me?"
  'consequence_question',
  // RF-19: "this debt is too old", "does paying restart the clock?"
  'time_barred_question',
  // RF-17 / RF-18: when the validation period ends and how to dispute
  'validation_period_question',
  // RF-17 / RF-18 (1006.38(c)): the original creditor's name
  'original_creditor_question',
  // RF-17 (1006.34(d)(3)(vi)) / FL-04: a copy of the notice in Spanish
  'spanish_notice_request',
  // FL-02: the hardship options the policy allows
  'hardship_options_question',
] as const;
export type QuestionIntent = (typeof questionIntents)[number];

/** Intent names shared with ../shared/eval/README.md so any labelled file can score the recognizer. */
export const intents = [
  // account and payment
  'balance_question',
  'payment_history',
  'make_payment',
  'pay_in_full',
  'payment_plan',
  'promise_to_pay',
  // FL-01: less than the balance in full satisfaction ("can I settle for less", "te doy 300 y cerramos")
  'settlement_request',
  'payment_already_made',
  'update_contact_info',
  ...questionIntents,
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
  // RF-02, RF-03, RF-06: inconvenient times, a medium stopped while another is welcome, the workplace
  'contact_preference',
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
