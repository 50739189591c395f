import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIntentModel, ownUtteranceFiles } from '../../../src/language/intent-model';

describe('intent model cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('retrains when an utterance file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amicable-cache-'));
    dirs.push(dir);
    const own = ownUtteranceFiles.map((file, i) => {
      const copy = join(dir, `own-${i}.jsonl`);
      copyFileSync(file, copy);
      return copy;
    });
    const cacheDir = join(dir, 'cache');
    const models = () => readdirSync(cacheDir).filter((f) => f.endsWith('.json'));

    const first = loadIntentModel({ ownFiles: own, devFile: null, cacheDir });
    expect(models()).toHaveLength(1);
    // Same data: the cached model is reused.
    expect(loadIntentModel({ ownFiles: own, devFile: null, cacheDir })).toBe(first);
    expect(models()).toHaveLength(1);

    const added = { id: 'amicable:test-1', source: 'amicable', intent: 'payment_already_made', mapping: 'direct', lang: 'en', style: 'sms', text: 'the receipt says it was paid in full' };
    appendFileSync(own[0]!, `${JSON.stringify(added)}\n`);
    const second = loadIntentModel({ ownFiles: own, devFile: null, cacheDir });
    expect(second).not.toBe(first);
    expect(models()).toHaveLength(2);
  });
});
