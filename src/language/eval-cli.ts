import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate } from './eval/evaluate';
import { readRecords } from './eval/records';
import { defaultDevFile, ownUtteranceFiles } from './intent-model';
import { createLocalUnderstanding } from './understand';

/**
 * npm run eval -- [--file F ...] [--json] [--predictions OUT] [--folds K]
 * Scores the local understanding (recognizer ∪ compliance rights detector) on labelled records.
 * Default files: our own utterances plus ../shared/eval/dev.jsonl when present.
 * Without --folds the model is the deployed one, trained on our utterances and the dev set, so
 * scoring the dev set is in-sample. --folds K trains K models, each scoring only records it never
 * saw (identical texts share a fold; our utterances always train): the honest figures.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      predictions: { type: 'string' },
      folds: { type: 'string' },
      loso: { type: 'boolean', default: false },
    },
  });
  const files = values.file?.length ? values.file : [...ownUtteranceFiles, ...(existsSync(defaultDevFile) ? [defaultDevFile] : [])];
  const folds = values.loso ? 'source' : values.folds ? Number(values.folds) : 0;
  const { output } = await evaluate({
    files,
    json: values.json ?? false,
    predictionsFile: values.predictions,
    understand: folds === 'source' || folds >= 2 ? { folds, alwaysTrain: ownUtteranceFiles.flatMap((file) => readRecords(file)) } : () => createLocalUnderstanding(),
  });
  console.log(output);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
