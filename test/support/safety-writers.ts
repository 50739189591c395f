import { readFileSync } from 'node:fs';
import type { Understand } from '../../src/language/understand';

/**
 * Safety development messages written by independent writers (AI-02): one JSON line each, with
 * what the writer meant it as. Heard means what the conversation acts on: the whole understanding's
 * intents (bot.ts handles a crisis or threat found anywhere among them), not the detector alone.
 */
export interface WriterRecord {
  text: string;
  label: 'crisis' | 'threat' | 'near_miss';
  lang: 'en' | 'es';
  writer: string;
}

export function readWriterRecords(fixture: string): WriterRecord[] {
  const url = new URL(`../fixtures/language/${fixture}`, import.meta.url);
  return readFileSync(url, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as WriterRecord);
}

export interface WriterReading extends WriterRecord {
  crisis: boolean;
  threat: boolean;
}

const context = { now: new Date('2026-03-02T15:00:00Z'), timezone: 'America/New_York' } as const;

export async function readAll(understand: Understand, records: readonly WriterRecord[]): Promise<WriterReading[]> {
  const readings: WriterReading[] = [];
  for (const record of records) {
    const { intents } = await understand(record.text, { ...context, language: record.lang });
    readings.push({ ...record, crisis: intents.includes('crisis'), threat: intents.includes('threat') });
  }
  return readings;
}

/** A record is heard as its label; a near miss "heard" raised either alarm. */
export const heard = (reading: WriterReading): boolean =>
  reading.label === 'near_miss' ? reading.crisis || reading.threat : reading[reading.label];

/** One line per writer, label and language: "D crisis en 30/35". */
export function tally(readings: readonly WriterReading[]): string[] {
  const groups = new Map<string, WriterReading[]>();
  for (const reading of readings) {
    const key = `${reading.writer} ${reading.label} ${reading.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), reading]);
  }
  return [...groups].map(([key, group]) => `${key} ${group.filter(heard).length}/${group.length}`);
}
