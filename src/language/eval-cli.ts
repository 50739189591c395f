import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { systemClock } from '../domain/clock';
import { readModelArtifact } from './committed-model';
import { crisisReadingLine, crisisScoresOutOfFold, lowestThreshold } from './eval/crisis-reading';
import { scoreBySource, scoreFolds, scoreUnderstanding, type Column } from './eval/evaluate';
import { ownSlices, readOwnSlices } from './eval/own-slices';
import { readRecords } from './eval/records';
import { formatColumns, formatTargets } from './eval/report';
import { CRISIS_READING } from './local-recognizer';
import { provenanceOf, readTestSlice, readTrainingData, testSliceDir } from './training-data';
import { createLocalUnderstanding, createUnderstanding, type Understand } from './understand';

const usage = `npm run eval -- [options]
  (none)              honest figures on the data in the repository: K-fold and leave-one-source-out
                      on data/language/train (our utterances always training), and the committed
                      model on the internal test slice (data/language/test-slice) and on our
                      own labelled slices (crisis, threat, contact preferences and their near misses)
  --folds K           folds for K-fold (default 5)
  --in-sample         also score the committed model on its own training records (overstates)
  --file F            score the committed model on labelled file(s) F instead (repeatable)
  --recognizer openai score the OpenAI recognizer (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL)
                      on --file F, or on the test slice; --concurrency N requests at once (default 4)
  --report            print only the targets table
  --json              print the reports as JSON
  --predictions OUT   write one JSON line per record and column
  --crisis-reading    out-of-fold crisis probabilities of every training record (K folds): the
                      lowest threshold with at most 0.5 % false alarms, and the figures at it, at
                      the recognizer's CRISIS_READING and at 0.8`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      folds: { type: 'string', default: '5' },
      'in-sample': { type: 'boolean', default: false },
      recognizer: { type: 'string', default: 'local' },
      concurrency: { type: 'string' },
      report: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      predictions: { type: 'string' },
      'crisis-reading': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(usage);
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`--folds: "${values.folds}" is not a whole number of folds, 2 or more`);
  if (values.recognizer !== 'local' && values.recognizer !== 'openai') throw new Error(`--recognizer: "${values.recognizer}" is neither local nor openai`);

  if (values['crisis-reading']) return printCrisisReading(folds);

  const artifact = readModelArtifact();
  const committed = `the committed model ${artifact.version}`;
  const columns: Column[] = [];
  if (values.recognizer === 'openai') {
    const records = values.file?.length ? values.file.flatMap((file) => readRecords(file)) : readTestSlice();
    const where = values.file?.length ? values.file.join(', ') : testSliceDir;
    const concurrency = Number(values.concurrency ?? 4);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency: "${values.concurrency}" is not a whole number, 1 or more`);
    columns.push(await scoreUnderstanding('openai', `the OpenAI recognizer (local ${artifact.version} as its fallback) on ${where}`, openaiUnderstanding(), records, concurrency));
  } else if (values.file?.length) {
    const records = values.file.flatMap((file) => readRecords(file));
    columns.push(await scoreUnderstanding('model', `${committed} on ${values.file.join(', ')}`, createLocalUnderstanding(), records));
  } else {
    const data = readTrainingData();
    if (provenanceOf(data).version !== artifact.version) console.error('warning: the committed model is stale against its training data; run `npm run train`');
    columns.push(await scoreFolds(folds, data.dev, data.own));
    columns.push(await scoreBySource(data.dev, data.own));
    columns.push(await scoreUnderstanding('test slice', `${committed} on ${testSliceDir}, never trained or tuned on`, createLocalUnderstanding(), readTestSlice()));
    columns.push(await scoreUnderstanding('own slices', `${committed} on our own labelled slices: ${ownSlices.join(', ')}`, createLocalUnderstanding(), readOwnSlices()));
    if (values['in-sample']) columns.push(await scoreUnderstanding('in-sample', `${committed} on its own training records (overstates)`, createLocalUnderstanding(), data.dev));
  }

  if (values.predictions) {
    const lines = columns.flatMap((c) => [...c.predictions.values()].map((p) => JSON.stringify({ column: c.name, ...p })));
    writeFileSync(values.predictions, `${lines.join('\n')}\n`);
  }
  if (values.json) console.log(JSON.stringify({ columns: columns.map(({ name, method, seconds, report, bySource }) => ({ name, method, seconds, report, bySource })) }));
  else console.log(values.report ? formatTargets(columns) : formatColumns(columns));
}

function printCrisisReading(folds: number): void {
  const data = readTrainingData();
  const scores = crisisScoresOutOfFold([...data.own, ...data.dev], folds);
  const lowest = lowestThreshold(scores, 0.005);
  console.log(`crisis reading, ${folds}-fold out of fold over the training records`);
  console.log(`lowest with <= 0.5 % false alarms ${crisisReadingLine(scores, lowest)}`);
  console.log(`CRISIS_READING ${crisisReadingLine(scores, CRISIS_READING)}`);
  console.log(`0.8 ${crisisReadingLine(scores, 0.8)}`);
}

/** As deployed with a model key: the OpenAI recognizer, the local one as its fallback. */
function openaiUnderstanding(): Understand {
  const config = loadConfig();
  if (!config.openaiApiKey) throw new Error('--recognizer openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for any OpenAI-compatible endpoint, OPENAI_MODEL for its model)');
  return createUnderstanding(config, systemClock);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
