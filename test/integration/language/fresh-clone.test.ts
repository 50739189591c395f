import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalUnderstanding } from '../../../src/language/understand';

/**
 * A fresh clone understands exactly what the working tree does: predictions come from the
 * committed model alone. The copy holds the code and the model but no training data (no
 * data/language, no utterance files) and has no ../shared beside it.
 */
const context = { now: '2025-06-18T15:00:00Z', timezone: 'America/New_York', language: 'en' } as const;
const messages = [
  'how much do i owe',
  'i lost my job last month and cant pay the full thing',
  'settle for half?',
  'This debt is not mine and the amount they want is way more than I ever borrowed. I asked them to stop calling me at work.',
  'cant do 1240 rn, maybe 100/mo?',
  'mi abogado lleva este caso',
  'wrong number, no one here by that name',
  'who is this',
  'k see u at 7',
  'i already paid this in march',
];

describe('a fresh clone without training data', () => {
  let root: string;
  let clone: string;
  beforeAll(() => {
    // One level down in a folder of its own, so nothing sits beside it (not even a /tmp/shared).
    root = mkdtempSync(join(tmpdir(), 'amicable-clone-'));
    clone = join(root, 'amicable');
    for (const path of ['src', 'prompts', 'package.json', 'tsconfig.json']) {
      cpSync(path, join(clone, path), { recursive: true, filter: (from) => !from.includes(join('src', 'language', 'utterances')) });
    }
    symlinkSync(resolve('node_modules'), join(clone, 'node_modules'), 'dir');
    writeFileSync(
      join(clone, 'predict.ts'),
      `import { createLocalUnderstanding } from './src/language/understand';
const understand = createLocalUnderstanding();
const { texts, context } = JSON.parse(process.argv[2]!);
const out = [];
for (const text of texts) out.push(await understand(text, { ...context, now: new Date(context.now) }));
console.log(JSON.stringify(out));
`,
    );
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has no training data and nothing beside it to train from', () => {
    expect(existsSync(join(clone, 'data'))).toBe(false);
    expect(existsSync(join(clone, 'src', 'language', 'utterances'))).toBe(false);
    expect(existsSync(join(clone, '..', 'shared'))).toBe(false);
    expect(existsSync(join(clone, 'src', 'language', 'model', 'intents.json'))).toBe(true);
  });

  it("gives the working tree's predictions, message for message", async () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'predict.ts', JSON.stringify({ texts: messages, context })], { cwd: clone, encoding: 'utf8', timeout: 60_000 });
    const fromClone = JSON.parse(output) as unknown[];
    const understand = createLocalUnderstanding();
    const here = [];
    for (const text of messages) here.push(JSON.parse(JSON.stringify(await understand(text, { ...context, now: new Date(context.now) }))));
    expect(fromClone).toEqual(here);
  });
});
