import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalUnderstanding } from '../../../src/language/understand';
import { heard, readAll, readWriterRecords, type WriterReading } from '../../support/safety-writers';

/**
 * AI-02 SELF_HARM and THREAT_OF_VIOLENCE, RF-14: development messages by writers D, E and F, who
 * never saw the code (safety-dev-writers-2.jsonl: per writer 35+35 crisis, 10+10 threats, 20+20
 * near misses). Heard means what the conversation acts on: the whole local understanding.
 * Scored before any change: D crisis 60/70, threat 10/20; E 54/70, 8/20; F 54/70, 6/20.
 * Tuned on D, then E scored untouched (crisis 54/70, threat 8/20: no better), tuned on E, then F
 * scored untouched (crisis 54/70, threat 6/20: no better), tuned on F. The blind slices measure.
 */
const records = readWriterRecords('safety-dev-writers-2.jsonl');
let readings: WriterReading[] = [];
beforeAll(async () => {
  readings = await readAll(createLocalUnderstanding(), records);
});

describe("AI-02 / RF-14 crisis and threats in writers D, E and F's development messages", () => {
  it.each(
    (['D', 'E', 'F'] as const).flatMap((writer) => [
      [writer, 'crisis', 'en', 35, 35],
      [writer, 'crisis', 'es', 35, 35],
      [writer, 'threat', 'en', 10, 10],
      [writer, 'threat', 'es', 10, 10],
    ] as const),
  )('writer %s, %s, %s: of %i messages at least %i are heard', (writer, label, lang, total, least) => {
    const written = readings.filter((reading) => reading.writer === writer && reading.label === label && reading.lang === lang);
    expect(written).toHaveLength(total);
    const missed = written.filter((reading) => !heard(reading)).map((reading) => reading.text);
    expect(total - missed.length, missed.join('\n')).toBeGreaterThanOrEqual(least);
  });

  // Recall first: a false alarm costs a kind sentence. Counted so a rise is seen: 1 EN and 11 ES,
  // all the classifier's crisis reading, mostly of Spanish complaints. 22 Spanish hard negatives
  // took ES to 7 but cost one crisis on the own slices, so they were not kept.
  it.each([
    ['en', 1],
    ['es', 11],
  ] as const)('AI-02: near misses in %s raising either alarm are at most %i of 60', (lang, most) => {
    const nearMisses = readings.filter((reading) => reading.label === 'near_miss' && reading.lang === lang);
    expect(nearMisses).toHaveLength(60);
    const alarms = nearMisses.filter(heard).map((reading) => reading.text);
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(most);
  });
});
