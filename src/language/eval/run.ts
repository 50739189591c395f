import { performance } from 'node:perf_hooks';
import { IntentModel } from '../intent-model';
import { LocalRecognizer } from '../local-recognizer';
import type { RecognitionContext } from '../recognition';
import { understandWith, type Understand } from '../understand';
import type { Prediction } from './metrics';
import type { LabelledRecord } from './records';

/** A fixed moment so relative dates in the eval are reproducible. */
export const evalContext = (record: LabelledRecord): RecognitionContext => ({
  now: new Date('2025-06-18T15:00:00Z'),
  timezone: 'America/New_York',
  language: record.lang === 'es' ? 'es' : 'en',
});

/** Runs the whole understanding (recognizer ∪ rights detector) over records, timing each. */
export async function predictAll(understand: Understand, records: readonly LabelledRecord[]): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  for (const record of records) {
    const started = performance.now();
    const result = await understand(record.text, evalContext(record));
    const ms = performance.now() - started;
    predictions.set(record.id, { id: record.id, intent: result.intent, intents: result.intents, entities: result.entities, ms });
  }
  return predictions;
}

/**
 * Honest figures: k folds grouped by text (identical texts share a fold), each scored by a model
 * trained without it. `alwaysTrain` records (our own utterances when the eval file is the shared
 * set) join every fold's training data.
 */
export async function crossValidate(records: readonly LabelledRecord[], folds: number, alwaysTrain: readonly LabelledRecord[] = []): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  const foldOf = (record: LabelledRecord) => hash(record.text.trim().toLowerCase()) % folds;
  const evalIds = new Set(records.map((r) => r.id));
  const extra = alwaysTrain.filter((r) => !evalIds.has(r.id));
  for (let fold = 0; fold < folds; fold++) {
    const train = [...extra, ...records.filter((r) => foldOf(r) !== fold)];
    const test = records.filter((r) => foldOf(r) === fold);
    const understand = understandWith(new LocalRecognizer(IntentModel.train(train)));
    for (const [id, p] of await predictAll(understand, test)) predictions.set(id, p);
  }
  return predictions;
}

/**
 * Figures that predict unseen data: each public source is scored by a model trained without it
 * (our own utterances and every other source train). A source's phrasing, length and labels are
 * what a held-out set from the same sources may differ by; folds hide that.
 */
export async function leaveOneSourceOut(records: readonly LabelledRecord[], alwaysTrain: readonly LabelledRecord[] = []): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  const evalIds = new Set(records.map((r) => r.id));
  const extra = alwaysTrain.filter((r) => !evalIds.has(r.id));
  for (const source of [...new Set(records.map((r) => r.source))].sort()) {
    const train = [...extra, ...records.filter((r) => r.source !== source)];
    const understand = understandWith(new LocalRecognizer(IntentModel.train(train)));
    for (const [id, p] of await predictAll(understand, records.filter((r) => r.source === source))) predictions.set(id, p);
  }
  return predictions;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
