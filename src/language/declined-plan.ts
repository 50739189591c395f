import { normalizeForMatching } from '../compliance/normalize';

/**
 * A plan turned down ("no quiero un plan", "I don't want a payment plan", "no installments"):
 * while another offer's question is open (a promise's date), the debtor declines the plan, not
 * that offer. The classifier hears a plan request ("plan") or a cancel ("no") in these.
 */
const plan = '(?:(?:payment|monthly|installment) )?(?:plans?|installments?|cuotas|plazos|mensualidades|pagos mensuales|pagos a plazos)(?: de pagos?)?';
const article = '(?:(?:a|any|no|the|un|una|ningun|el|los|las) )?';
const declined = new RegExp(
  [
    `^(?:(?:nah|nope|no)[ ,]+)?(?:no|not a|not any) ${plan}\\b`,
    `\\b(?:don'?t|do not|won'?t) (?:want|need) ${article}${plan}\\b`,
    `\\bnot interested in ${article}${plan}\\b`,
    `\\bno (?:quiero|kiero|necesito|me interesan?) ${article}${plan}\\b`,
    `^(?:${plan} no|sin ${plan})\\b`,
  ].join('|'),
);

/** Whether the message turns a plan down; never a request for one ("no, I want a plan"). */
export function declinesPlan(text: string): boolean {
  return declined.test(normalizeForMatching(text));
}
