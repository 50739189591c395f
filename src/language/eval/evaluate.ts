import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Understand } from '../understand';
import { formatReport, scorePredictions, type EvalReport, type Prediction } from './metrics';
import { readRecords, type LabelledRecord } from './records';
import { crossValidate, leaveOneSourceOut, predictAll } from './run';

export interface EvaluateOptions {
  files: string[];
  json: boolean;
  predictionsFile?: string | undefined;
  /** How the records are understood: a ready understanding, or k-fold training on the records. */
  understand: (() => Understand) | { folds: number | 'source'; alwaysTrain: readonly LabelledRecord[] };
}

/** Runs one evaluation and returns what `npm run eval` prints. */
export async function evaluate(options: EvaluateOptions): Promise<{ output: string; report: EvalReport }> {
  const records = options.files.flatMap((file) => readRecords(file));
  const started = performance.now();
  let predictions: Map<string, Prediction>;
  let mode: string;
  let modelMs: number;
  if (typeof options.understand === 'function') {
    const understand = options.understand();
    modelMs = performance.now() - started;
    predictions = await predictAll(understand, records);
    mode = 'model as deployed';
  } else {
    const { folds, alwaysTrain } = options.understand;
    predictions = folds === 'source' ? await leaveOneSourceOut(records, alwaysTrain) : await crossValidate(records, folds, alwaysTrain);
    modelMs = performance.now() - started;
    mode = folds === 'source' ? 'leave-one-source-out' : `${folds}-fold cross-validation`;
  }
  const report = scorePredictions(records, predictions);
  if (options.predictionsFile) {
    writeFileSync(options.predictionsFile, [...predictions.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const output = options.json
    ? JSON.stringify({ files: options.files, mode, modelMs, ...report })
    : `files: ${options.files.join(', ')}\nmode: ${mode} (model ready in ${(modelMs / 1000).toFixed(1)} s)\n\n${formatReport(report)}`;
  return { output, report };
}
