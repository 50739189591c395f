import { statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatModelArtifact, intentModelFile } from './committed-model';
import { IntentModel } from './intent-model';
import { provenanceOf, readTrainingData } from './training-data';

/**
 * npm run train: trains the intent model on the data in the repository (our utterances and
 * data/language/train) and writes src/language/model/intents.json, to be committed. The same
 * data and code always give the same file.
 */
const started = performance.now();
const data = readTrainingData();
const model = IntentModel.train([...data.own, ...data.dev]);
const provenance = provenanceOf(data);
writeFileSync(intentModelFile, formatModelArtifact(provenance, model));
const kb = Math.round(statSync(intentModelFile).size / 1024);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`src/language/model/intents.json: model ${provenance.version}, ${provenance.trainingData.records} records, ${kb} KB, trained in ${seconds} s`);
