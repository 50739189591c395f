import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelProvenance } from './committed-model';
import { readRecords, trainingLabel, sortedRecords, type LabelledRecord } from './eval/records';

/**
 * The data the intent model is trained on, all of it in the repository: our own utterances and
 * the public dev records (data/language/README.md). Read by `npm run train` and `npm run eval`
 * only; the running assistant loads the committed model and never reads these files.
 */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => `${projectRoot}${path}`;

/** Our own labelled utterances (source "amicable"): every .jsonl file in the folder. */
export const ownUtterancesDir = 'src/language/utterances';
/** Public dev records the model trains on, one file per source. */
export const publicTrainingDir = 'data/language/train';
/** Public dev records set aside once, never trained or tuned on (data/language/README.md). */
export const testSliceDir = 'data/language/test-slice';

/** The .jsonl files of a folder (relative to the project), sorted so every run reads them alike. */
export function jsonlFiles(dir: string): string[] {
  return readdirSync(at(dir))
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

export function readProjectRecords(files: readonly string[]): LabelledRecord[] {
  return files.flatMap((file) => readRecords(at(file)));
}

export interface TrainingData {
  own: LabelledRecord[];
  dev: LabelledRecord[];
  files: string[];
}

export function readTrainingData(): TrainingData {
  const ownFiles = jsonlFiles(ownUtterancesDir);
  const publicFiles = jsonlFiles(publicTrainingDir);
  return { own: readProjectRecords(ownFiles), dev: readProjectRecords(publicFiles), files: [...ownFiles, ...publicFiles] };
}

export function readTestSlice(): LabelledRecord[] {
  return readProjectRecords(jsonlFiles(testSliceDir));
}

/**
 * The code a trained model depends on: features are computed at prediction time by the same code,
 * so a change to any of these files makes the committed model stale, as a data change does.
 */
export const trainingCodeFiles = [
  'src/compliance/normalize.ts',
  'src/language/classifier/features.ts',
  'src/language/classifier/linear-model.ts',
  'src/language/intent-model.ts',
  'src/language/eval/records.ts',
  'src/domain/intents.ts',
];

/** SHA-256 of what training reads of each record that teaches an intent, in training order. */
export function trainingDataHash(records: readonly LabelledRecord[]): string {
  const hash = createHash('sha256');
  for (const record of sortedRecords(records)) {
    const label = trainingLabel(record);
    if (!label) continue;
    hash.update(JSON.stringify([record.id, label, record.source, record.mapping, record.style, record.text, record.text_short ?? null]));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** SHA-256 of the training code, line endings normalized so a Windows checkout agrees. */
export function trainingCodeHash(): string {
  const hash = createHash('sha256');
  for (const file of trainingCodeFiles) hash.update(`${file}\n${readFileSync(at(file), 'utf8').replace(/\r\n/g, '\n')}\n`);
  return hash.digest('hex');
}

/** What a model trained on this data records of it; the committed model must carry the same. */
export function provenanceOf(data: TrainingData): ModelProvenance {
  const records = [...data.own, ...data.dev];
  const sha256 = trainingDataHash(records);
  const code = trainingCodeHash();
  return {
    version: createHash('sha256').update(`${sha256}\n${code}`).digest('hex').slice(0, 12),
    trainingData: { files: data.files, records: records.filter((r) => trainingLabel(r)).length, sha256 },
    trainingCode: { files: trainingCodeFiles, sha256: code },
  };
}
