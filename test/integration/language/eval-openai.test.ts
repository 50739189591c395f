import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/domain/intents';
import { readRecords } from '../../../src/language/eval/records';
import type { EvalReport } from '../../../src/language/eval/metrics';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai';

/** `npm run eval -- --recognizer openai` as a user runs it, against a fake OpenAI-compatible server. */
const run = promisify(execFile);
const fixture = 'test/fixtures/language/eval-sample.jsonl';
const evalCli = (env: Record<string, string>, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/language/eval-cli.ts', ...args], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env }, timeout: 60_000 });

describe('npm run eval -- --recognizer openai', () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('scores the OpenAI recognizer at OPENAI_BASE_URL on a labelled file, counting what the model answered', async () => {
    const records = readRecords(fixture);
    // The model answers each record's label, except "agent", which it misreads as out of scope.
    for (const record of records) {
      const intent = (record.text === 'agent' ? 'out_of_scope' : record.intent === 'sms_noise' ? 'out_of_scope' : record.intent) as Intent;
      fake.reply({ kind: 'answer', body: { intent, intents: [intent], language: 'en', spans: { amount: null, date: null, frequency: null } } });
    }
    const { stdout } = await evalCli(
      { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model' },
      '--recognizer', 'openai', '--file', fixture, '--concurrency', '1', '--json',
    );
    const [column] = (JSON.parse(stdout) as { columns: { name: string; report: EvalReport }[] }).columns;
    expect(fake.requests.map((r) => r.body.input)).toEqual(records.map((r) => r.text));
    expect(fake.requests.every((r) => r.body.model === 'fake-model')).toBe(true);
    expect(column!.name).toBe('openai');
    // 13 records, the second "yes" counted once; every one answered by the model, none by the fallback
    expect(column!.report.answeredBy).toEqual({ openai: 12 });
    // direct records: 8, all read right but "agent"
    expect(column!.report.direct).toMatchObject({ records: 8, accuracy: 7 / 8 });
  });

  it('says what it needs when OPENAI_API_KEY is not set', async () => {
    const failed = await evalCli({}, '--recognizer', 'openai', '--file', fixture).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/--recognizer openai needs OPENAI_API_KEY/);
  });
});
