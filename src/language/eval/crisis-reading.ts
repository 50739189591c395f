import { IntentModel } from '../intent-model';
import { trainingLabel, type LabelledRecord } from './records';
import { foldOf } from './run';

/** One training record's crisis probability from a model trained without its fold. */
export interface CrisisScore {
  lang: string;
  crisis: boolean;
  /** Written as a near miss of crisis (`hard_negative_for: crisis`). */
  nearMiss: boolean;
  probability: number;
}

/**
 * The classifier's crisis probability for every record that teaches an intent, out of fold: K
 * models, each trained as `npm run train` trains on the other folds (identical texts in one fold).
 * What the crisis reading's threshold (local-recognizer.ts) is chosen on.
 */
export function crisisScoresOutOfFold(records: readonly LabelledRecord[], folds: number): CrisisScore[] {
  const labelled = records.filter((record) => trainingLabel(record));
  const scores: CrisisScore[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = IntentModel.train(labelled.filter((record) => foldOf(record, folds) !== fold));
    for (const record of labelled.filter((r) => foldOf(r, folds) === fold)) {
      const probability = model.predict(record.text).find((s) => s.intent === 'crisis')?.probability ?? 0;
      scores.push({ lang: record.lang, crisis: trainingLabel(record) === 'crisis', nearMiss: record.hard_negative_for === 'crisis', probability });
    }
  }
  return scores;
}

/**
 * The lowest threshold, in steps of 0.001, at which at most `maxFalseAlarmRate` of the records
 * that are no crisis reach it (recall first: as low as the false alarms allow).
 */
export function lowestThreshold(scores: readonly CrisisScore[], maxFalseAlarmRate: number): number {
  const negatives = scores.filter((s) => !s.crisis).map((s) => s.probability).sort((a, b) => b - a);
  const allowed = Math.floor(maxFalseAlarmRate * negatives.length);
  const highestHeld = negatives[allowed] ?? 0;
  return Math.min(1, (Math.floor(highestHeld * 1000) + 1) / 1000);
}

/** Recall by language, false alarms and near-miss false alarms at a threshold, as one line. */
export function crisisReadingLine(scores: readonly CrisisScore[], threshold: number): string {
  const heard = (s: CrisisScore) => s.probability >= threshold;
  const count = (of: readonly CrisisScore[]) => `${of.filter(heard).length}/${of.length}`;
  const crisis = scores.filter((s) => s.crisis);
  const negatives = scores.filter((s) => !s.crisis);
  const falseAlarms = negatives.filter(heard).length;
  const rate = ((100 * falseAlarms) / Math.max(1, negatives.length)).toFixed(2);
  const byLanguage = (of: readonly CrisisScore[]) => `EN ${count(of.filter((s) => s.lang === 'en'))}, ES ${count(of.filter((s) => s.lang !== 'en'))}`;
  return [
    `at ${threshold.toFixed(3)}: crisis recall ${count(crisis)} (${byLanguage(crisis)}),`,
    `false alarms ${falseAlarms}/${negatives.length} (${rate} %; ${byLanguage(negatives)}), near misses ${count(negatives.filter((s) => s.nearMiss))}`,
  ].join(' ');
}
