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
  'hardship',
  'request_human',
  'collector_conduct_complaint',
] as const;

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
  'are_you_a_bot',
  'language_switch',
  'inform_slot_value',
  // safety
  'abusive',
  'prompt_injection',
  'spam',
  'out_of_scope',
] as const;
export type Intent = (typeof intents)[number];
