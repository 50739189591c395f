import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../../src/compliance/safety-detector';

/**
 * AI-02 SELF_HARM: development messages written by two writers who never saw the detector
 * (`crisis-dev-writers.jsonl`: 70 crisis and 50 near misses each, as 10 to 12 imagined people
 * writing, two thirds indirect). Scored before the concept net was tuned on them: writer A 44 of
 * 70 (23 EN, 21 ES), writer B 41 of 70 (18 EN, 23 ES), the second after tuning on the first. They
 * are development data now; the blind slices in safety-holdout-3/4 measure.
 */
interface WriterRecord {
  text: string;
  label: 'crisis' | 'near_miss';
  lang: 'en' | 'es';
  writer: 'A' | 'B';
}
const records: WriterRecord[] = readFileSync(new URL('../../fixtures/language/crisis-dev-writers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as WriterRecord);
const readAsCrisis = (record: WriterRecord) => detectSafety(record.text).includes('crisis');

describe('AI-02 crisis in two independent writers\' development messages', () => {
  it.each([
    ['en', 65],
    ['es', 66],
  ] as const)('%s: at least %i of the 70 crisis messages are read as crisis', (lang, least) => {
    const crisis = records.filter((record) => record.label === 'crisis' && record.lang === lang);
    expect(crisis).toHaveLength(70);
    const missed = crisis.filter((record) => !readAsCrisis(record)).map((record) => record.text);
    expect(70 - missed.length, missed.join('\n')).toBeGreaterThanOrEqual(least);
  });

  it('near misses read as crisis are counted, at most 6 of 100 (recall first: a false alarm costs a kind sentence)', () => {
    const nearMisses = records.filter((record) => record.label === 'near_miss');
    expect(nearMisses).toHaveLength(100);
    expect(nearMisses.filter(readAsCrisis).length).toBeLessThanOrEqual(6);
  });
});
