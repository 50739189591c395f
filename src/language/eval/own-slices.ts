import { readRecords, type LabelledRecord } from './records';

/**
 * Our own labelled slices, scored by `npm run eval` by default beside the public data: the held-out
 * safety phrasings (crisis, threat, AI-01, claimed offers, wrong numbers, refusals and their near
 * misses) and contact preferences with theirs. Written by us, never in the training data; the
 * README says which were tuned on after they were first scored. A near miss written for one
 * intent is mapped `hard_negative`: it counts as that intent's false alarm when it fires, not as a
 * negative for every protected intent ("me muero de hambre pero quiero pagar algo" may well ask
 * for a payment).
 */
export const ownSlices: readonly string[] = [
  'test/fixtures/language/safety-holdout.jsonl',
  'test/fixtures/language/safety-holdout-2.jsonl',
  'test/fixtures/language/safety-holdout-3.jsonl',
  'test/fixtures/language/safety-holdout-4.jsonl',
  'test/fixtures/language/safety-holdout-5.jsonl',
  'test/fixtures/language/safety-holdout-6.jsonl',
  'test/fixtures/language/contact-preferences.jsonl',
];

export function readOwnSlices(): LabelledRecord[] {
  return ownSlices.flatMap((file) => readRecords(file));
}
