import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intentModelFile, readModelArtifact } from '../../../src/language/committed-model';
import { IntentModel } from '../../../src/language/intent-model';
import { provenanceOf, readTestSlice, readTrainingData } from '../../../src/language/training-data';

describe('the committed intent model (src/language/model/intents.json)', () => {
  it('was trained on the training data and code in the repository as they are now', () => {
    const committed = readModelArtifact();
    const now = provenanceOf(readTrainingData());
    const stale = (what: string) => `src/language/model/intents.json is stale against its ${what}: run \`npm run train\` and commit src/language/model/intents.json`;
    expect(committed.trainingData, stale('training data')).toEqual(now.trainingData);
    expect(committed.trainingCode, stale('training code')).toEqual(now.trainingCode);
    expect(committed.version, stale('training data and code')).toBe(now.version);
  });

  it('never learns from the internal test slice: no training text is a test-slice text', () => {
    const key = (text: string) => text.trim().toLowerCase();
    const slice = new Set(readTestSlice().map((r) => key(r.text)));
    const { own, dev } = readTrainingData();
    const leaked = [...own, ...dev].filter((r) => slice.has(key(r.text))).map((r) => `${r.id}: ${r.text}`);
    expect(leaked, 'these training records repeat a test-slice text (data/language/README.md): reword or drop them').toEqual([]);
  });

  it('stays small enough to commit on every retraining (under 3 MB)', () => {
    expect(statSync(intentModelFile).size).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('training', () => {
  it('reads every utterance under its own id (a repeated id would make the order of training depend on the files)', () => {
    const ids = readTrainingData().own.map((record) => record.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('gives the same model from the same records in any order (sorted input, fixed seed)', () => {
    const sample = readTrainingData().own.filter((_, i) => i % 3 === 0);
    const forwards = JSON.stringify(IntentModel.train(sample).toJSON());
    const backwards = JSON.stringify(IntentModel.train([...sample].reverse()).toJSON());
    expect(backwards).toBe(forwards);
  });

  it('predicts after a round trip through its JSON exactly as it did before', () => {
    const { own } = readTrainingData();
    const model = IntentModel.train(own);
    const copy = IntentModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    for (const text of ['how much do i owe', 'this is not my debt', 'quiero hablar con una persona', 'stop texting me pls']) {
      expect(copy.predict(text), text).toEqual(model.predict(text));
    }
  });
});
