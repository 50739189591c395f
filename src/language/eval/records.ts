import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { intents, type Intent } from '../../domain/intents';

/** One labelled message in the ../shared/eval record format (extra fields are kept, not needed). */
export const labelledRecordSchema = z.looseObject({
  id: z.string(),
  source: z.string(),
  intent: z.string(),
  mapping: z.string(),
  lang: z.string().default('en'),
  style: z.string().default('chat_turn'),
  text: z.string(),
  text_short: z.string().nullish(),
  /** A near miss written for this intent: it must not trigger it ("this bill is killing me" for crisis). */
  hard_negative_for: z.string().nullish(),
  slots: z.unknown().optional(),
});
export type LabelledRecord = z.infer<typeof labelledRecordSchema>;

/** Reads a JSONL file of labelled records; a malformed line is an error naming its line number. */
export function readRecords(file: string): LabelledRecord[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const records: LabelledRecord[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = labelledRecordSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    records.push(parsed.data);
  });
  return records;
}

const intentSet = new Set<string>(intents);

/**
 * The intent a record expects the assistant to report. `sms_noise` and `not_abusive` expect
 * out_of_scope (README: "or a conversational intent"); `entity_extraction` records score entities
 * only and have no expected intent. `are_you_a_bot` expects ai_identity_question (its newer name).
 */
export function expectedIntent(record: LabelledRecord): Intent | null {
  if (record.intent === 'sms_noise' || record.intent === 'not_abusive') return 'out_of_scope';
  // The dev set's older name for the AI-01 question the assistant now calls ai_identity_question.
  if (record.intent === 'are_you_a_bot') return 'ai_identity_question';
  if (intentSet.has(record.intent)) return record.intent as Intent;
  return null;
}

/** The record as a training example for the classifier, or null when it teaches no intent. */
export function trainingLabel(record: LabelledRecord): Intent | null {
  return expectedIntent(record);
}

/** Records in one fixed order (by id, then intent), whatever order the files list them in. */
export function sortedRecords(records: readonly LabelledRecord[]): LabelledRecord[] {
  const key = (r: LabelledRecord) => `${r.id}\u0000${r.intent}`;
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
