import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../../src/compliance/safety-detector';

/**
 * AI-02 SELF_HARM and THREAT_OF_VIOLENCE: development messages by three writers who never saw the
 * detector (`safety-dev-writers.jsonl`, each as 10 to 12 imagined people, two thirds indirect).
 * Scored before the concept nets were tuned on them: writer A crisis 44 of 70 (23 EN, 21 ES);
 * writer B crisis 41 of 70 (18 EN, 23 ES), after tuning on A; writer C crisis 50 of 60 after tuning
 * on A and B, threat 13 of 40 (5 EN, 8 ES). They are development data now; the blind slices in
 * safety-holdout-3/4/5 measure. After tuning on writers D, E and F (safety-dev-writers-2.test.ts):
 * crisis EN 88 -> 90 of 100, near misses heard 13 -> 5 of 150 (their idioms quietened by family).
 */
interface WriterRecord {
  text: string;
  label: 'crisis' | 'threat' | 'near_miss';
  lang: 'en' | 'es';
  writer: 'A' | 'B' | 'C';
}
const records: WriterRecord[] = readFileSync(new URL('../../fixtures/language/safety-dev-writers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as WriterRecord);
const readAs = (record: WriterRecord, intent: 'crisis' | 'threat') => detectSafety(record.text).includes(intent);

describe("AI-02 crisis and threats in three independent writers' development messages", () => {
  it.each([
    ['crisis', 'en', 100, 90],
    ['crisis', 'es', 100, 93],
    ['threat', 'en', 20, 19],
    ['threat', 'es', 20, 20],
  ] as const)('%s, %s: of %i messages at least %i are heard', (intent, lang, total, least) => {
    const written = records.filter((record) => record.label === intent && record.lang === lang);
    expect(written).toHaveLength(total);
    const missed = written.filter((record) => !readAs(record, intent)).map((record) => record.text);
    expect(total - missed.length, missed.join('\n')).toBeGreaterThanOrEqual(least);
  });

  it('near misses read as crisis or threat are counted: at most 5 of 150 (recall first: a false alarm costs a kind sentence)', () => {
    const nearMisses = records.filter((record) => record.label === 'near_miss');
    expect(nearMisses).toHaveLength(150);
    expect(nearMisses.filter((record) => readAs(record, 'crisis') || readAs(record, 'threat')).length).toBeLessThanOrEqual(5);
  });
});
