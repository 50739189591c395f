import { performance } from 'node:perf_hooks';
import type { Understand } from '../understand';
import { scorePredictions, type EvalReport, type Prediction } from './metrics';
import type { LabelledRecord } from './records';
import { crossValidate, leaveOneSourceOut, predictAll, sourcesOf } from './run';

/** One way of scoring: its records, what the assistant made of each, and the figures. */
export interface Column {
  name: string;
  /** How the predictions were made, in a line. */
  method: string;
  records: LabelledRecord[];
  predictions: Map<string, Prediction>;
  report: EvalReport;
  seconds: number;
  /** Figures per source of the records (leave-one-source-out reads best by source). */
  bySource?: { source: string; report: EvalReport }[];
}

async function column(name: string, method: string, records: LabelledRecord[], predict: () => Promise<Map<string, Prediction>>): Promise<Column> {
  const started = performance.now();
  const predictions = await predict();
  const seconds = (performance.now() - started) / 1000;
  return { name, method, records, predictions, report: scorePredictions(records, predictions), seconds };
}

/** A ready understanding (the committed model, or the OpenAI recognizer) on labelled records. */
export function scoreUnderstanding(name: string, method: string, understand: Understand, records: LabelledRecord[], concurrency = 1): Promise<Column> {
  return column(name, method, records, () => predictAll(understand, records, concurrency));
}

/** K-fold cross-validation on `records`, `alwaysTrain` joining every fold's training data. */
export function scoreFolds(folds: number, records: LabelledRecord[], alwaysTrain: readonly LabelledRecord[]): Promise<Column> {
  return column(`${folds}-fold`, `${folds}-fold cross-validation, identical texts in one fold, our utterances always training`, records, () =>
    crossValidate(records, folds, alwaysTrain),
  );
}

/** Each source scored by a model trained without it, with the figures per source. */
export async function scoreBySource(records: LabelledRecord[], alwaysTrain: readonly LabelledRecord[]): Promise<Column> {
  const result = await column('by source', 'leave-one-source-out: each source scored by a model trained on our utterances and the other sources', records, () =>
    leaveOneSourceOut(records, alwaysTrain),
  );
  result.bySource = sourcesOf(records).map((source) => ({ source, report: scorePredictions(records.filter((r) => r.source === source), result.predictions) }));
  return result;
}
