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

/**
 * Runs the whole understanding (recognizer ∪ rights detector) over records, timing each.
 * `concurrency` above 1 keeps that many messages in flight: a remote model answers in seconds.
 */
export async function predictAll(understand: Understand, records: readonly LabelledRecord[], concurrency = 1): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const record = records[next++]!;
      const started = performance.now();
      const result = await understand(record.text, evalContext(record));
      const ms = performance.now() - started;
      predictions.set(record.id, { id: record.id, intent: result.intent, intents: result.intents, entities: result.entities, source: result.source, ms });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return predictions;
}

/** Scores `test` with a model trained on `train`, exactly as `npm run train` trains. */
async function trainAndPredict(train: readonly LabelledRecord[], test: readonly LabelledRecord[]): Promise<Map<string, Prediction>> {
  return predictAll(understandWith(new LocalRecognizer(IntentModel.train(train))), test);
}

/**
 * K folds grouped by text (identical texts share a fold), each scored by a model trained without
 * it. `alwaysTrain` records (our own utterances) join every fold's training data.
 */
export async function crossValidate(records: readonly LabelledRecord[], folds: number, alwaysTrain: readonly LabelledRecord[] = []): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  for (let fold = 0; fold < folds; fold++) {
    const train = [...alwaysTrain, ...records.filter((r) => foldOf(r, folds) !== fold)];
    for (const [id, p] of await trainAndPredict(train, records.filter((r) => foldOf(r, folds) === fold))) predictions.set(id, p);
  }
  return predictions;
}

/**
 * Figures that predict unseen data: each source is scored by a model trained without it (our own
 * utterances and every other source train). A source's phrasing, length and labels are what
 * unseen messages differ by; folds, which share every source, hide that.
 */
export async function leaveOneSourceOut(records: readonly LabelledRecord[], alwaysTrain: readonly LabelledRecord[] = []): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  for (const source of sourcesOf(records)) {
    const train = [...alwaysTrain, ...records.filter((r) => r.source !== source)];
    for (const [id, p] of await trainAndPredict(train, records.filter((r) => r.source === source))) predictions.set(id, p);
  }
  return predictions;
}

/** The fold of a record among `folds`: identical texts (case and edge spaces aside) share one. */
export function foldOf(record: LabelledRecord, folds: number): number {
  return hash(record.text.trim().toLowerCase()) % folds;
}

export function sourcesOf(records: readonly LabelledRecord[]): string[] {
  return [...new Set(records.map((r) => r.source))].sort();
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
