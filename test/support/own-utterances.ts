import type { LabelledRecord } from '../../src/language/eval/records';
import { readTrainingData } from '../../src/language/training-data';

/** Our own labelled utterances (src/language/utterances), the phrasings each detector is written against. */
const records: LabelledRecord[] = readTrainingData().own;

/** Every phrasing labelled with `intent`, optionally in one language. */
export function phrasingsOf(intent: string, lang?: 'en' | 'es'): string[] {
  return records.filter((record) => record.intent === intent && (!lang || record.lang === lang)).map((record) => record.text);
}

/**
 * The crisis phrasings the safety detector's phrases answer for: all but the C-SSRS round (ids
 * "-cssrs-", issue #19 item 1), written across a taxonomy to teach the classifier's crisis reading,
 * which crisis-reading.test.ts holds them to.
 */
export function detectorPhrasingsOf(intent: string, lang?: 'en' | 'es'): string[] {
  return records.filter((record) => record.intent === intent && !record.id.includes('-cssrs-') && (!lang || record.lang === lang)).map((record) => record.text);
}

/** The near misses written for `intent` (`hard_negative_for`): they must not trigger it. */
export function nearMissesOf(intent: string, lang?: 'en' | 'es'): string[] {
  return records.filter((record) => record.hard_negative_for === intent && (!lang || record.lang === lang)).map((record) => record.text);
}
