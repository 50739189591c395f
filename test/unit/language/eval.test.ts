import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Intent } from '../../../src/domain/intents';
import { scoreBySource, scoreUnderstanding } from '../../../src/language/eval/evaluate';
import { slotAmountCents } from '../../../src/language/eval/metrics';
import { labelledRecordSchema, readRecords, type LabelledRecord } from '../../../src/language/eval/records';
import { formatColumns, formatTargets } from '../../../src/language/eval/report';
import type { Understand } from '../../../src/language/understand';

const fixture = fileURLToPath(new URL('../../fixtures/language/eval-sample.jsonl', import.meta.url));

/** A scripted understanding: what it answers for each fixture text. */
const answers: Record<string, Intent[]> = {
  yes: ['affirm'],
  yep: ['affirm'],
  'sure thing': ['deny'],
  no: ['deny'],
  nope: ['affirm'],
  'a person please': ['request_human'],
  agent: ['out_of_scope'],
  'a charge I do not know': ['out_of_scope', 'dispute_not_my_debt'],
  'what is the weather': ['out_of_scope'],
  'see u at 7': ['out_of_scope'],
  'call me later': ['greeting', 'request_human'],
  // t12 "YES" duplicates "yes" and is counted once
  'They called me ten times a day at work and I told them to stop.': ['cease_contact', 'collector_conduct_complaint'],
};
const scripted: Understand = async (text) => {
  const intents = answers[text] ?? ['out_of_scope'];
  return { intent: intents[0]!, intents, entities: {}, language: 'en', source: 'local', rights: { intents: [], keyword: null, identityQuestion: null, claimedOffer: null, contactPreference: null } };
};

/** What `npm run eval -- --file <fixture>` computes, with the scripted understanding. */
async function scoreFixture() {
  const column = await scoreUnderstanding('model', 'scripted', scripted, readRecords(fixture));
  return { report: column.report, output: formatColumns([column]), column };
}

describe('npm run eval on a small fixture', () => {
  it('prints hand-computed precision, recall, F1 and macro-F1 over direct-mapped intents', async () => {
    const { report, output } = await scoreFixture();
    // direct records after de-duplication: yes, yep, sure thing, no, nope, a person please, agent, narrative = 8
    expect(report.records).toBe(13);
    expect(report.scored).toBe(12);
    expect(report.direct.records).toBe(8);
    const byIntent = Object.fromEntries(report.direct.perIntent.map((s) => [s.intent, s]));
    // affirm: gold yes, yep, sure thing; predicted affirm for yes, yep, nope -> tp 2, fp 1, fn 1
    expect(byIntent.affirm).toMatchObject({ support: 3, precision: 2 / 3, recall: 2 / 3 });
    // deny: gold no, nope; predicted deny for sure thing, no -> tp 1, fp 1, fn 1
    expect(byIntent.deny).toMatchObject({ support: 2, precision: 0.5, recall: 0.5 });
    // request_human: gold a person please, agent; predicted for a person please -> tp 1, fp 0, fn 1
    expect(byIntent.request_human).toMatchObject({ support: 2, precision: 1, recall: 0.5 });
    // the complaint narrative is scored by routing: its label is among the intents acted on
    expect(byIntent.collector_conduct_complaint).toMatchObject({ support: 1, precision: 1, recall: 1 });
    const f1 = (p: number, r: number) => (2 * p * r) / (p + r);
    const macro = (f1(2 / 3, 2 / 3) + 0.5 + f1(1, 0.5) + 1) / 4;
    expect(report.direct.macroF1).toBeCloseTo(macro, 10);
    expect(output).toMatch(new RegExp(`macro-F1 \\(direct\\)\\s+${macro.toFixed(3)}`));
    expect(output).toMatch(/affirm\s+0\.667 0\.667 0\.667 \(3\)/);
  });

  it('counts protected intents acted on for recall, and false triggers on negatives', async () => {
    const { report, output } = await scoreFixture();
    // near dispute record: dispute_not_my_debt is among the intents -> recalled
    expect(report.protectedRecall.find((g) => g.group === 'dispute')).toEqual({ group: 'dispute', support: 1, recall: 1 });
    expect(report.protectedRecall.find((g) => g.group === 'request_human')).toEqual({ group: 'request_human', support: 2, recall: 0.5 });
    // negatives: 3, one of which ("call me later") triggers request_human
    expect(report.negatives).toEqual({ records: 3, falseTriggers: 1, falseTriggerRate: 1 / 3 });
    expect(output).toMatch(/protected false triggers on negatives\s+33\.3%/);
    expect(report.protectedConfusion.request_human).toEqual({ request_human: 1, other: 1 });
  });

  it("scores the issue's protected targets: the exact intent acted on, and any protected path, per intent and pooled", async () => {
    const { report, output } = await scoreFixture();
    // a person please: acted on; agent: missed; the near dispute and the narrative: acted on
    expect(report.protectedMessages.perIntent).toEqual([
      { intent: 'collector_conduct_complaint', support: 1, exact: 1, anyPath: 1 },
      { intent: 'dispute_not_my_debt', support: 1, exact: 1, anyPath: 1 },
      { intent: 'request_human', support: 2, exact: 1, anyPath: 1 },
    ]);
    expect(report.protectedMessages).toMatchObject({ records: 4, exactRate: 0.75, anyPathRate: 0.75 });
    expect(output).toMatch(/exact protected intent acted on\s+75\.0%\s+>= 85%/);
    expect(output).toMatch(/request_human\s+1 \/ 1 \/ 2/);
    expect(formatTargets([(await scoreFixture()).column])).toMatch(/^targets \(issue #16\)\s+model\s+target\n/);
  });

  it('counts which recognizer answered each message, so a model run shows its fallbacks', async () => {
    const fallingBack: Understand = async (text, context) => ({ ...(await scripted(text, context)), source: text.length > 5 ? 'openai' : 'local' });
    const { report } = await scoreUnderstanding('openai', 'scripted', fallingBack, readRecords(fixture));
    expect(report.answeredBy).toEqual({ openai: 7, local: 5 });
  });
});

describe('leave-one-source-out', () => {
  const record = (source: string, intent: string, text: string, i: number): LabelledRecord =>
    labelledRecordSchema.parse({ id: `${source}:${i}`, source, intent, mapping: 'direct', lang: 'en', style: 'chat_turn', text });
  // Two sources teach the same made-up words opposite labels: only a model that never saw a
  // source's own records gets all of that source wrong.
  const a = Array.from({ length: 12 }, (_, i) => record('a', 'thanks', `zorblat quindle ${i}`, i));
  const b = Array.from({ length: 12 }, (_, i) => record('b', 'greeting', `zorblat quindle ${i}`, i));
  const own = Array.from({ length: 12 }, (_, i) => record('amicable', 'thanks', `many thanks friend ${i}`, i));

  it('scores each source with a model trained on the other sources and our utterances, never on itself', async () => {
    const column = await scoreBySource([...a, ...b], own);
    for (const r of a) expect(column.predictions.get(r.id)?.intent, r.id).toBe('greeting');
    for (const r of b) expect(column.predictions.get(r.id)?.intent, r.id).toBe('thanks');
    expect(column.bySource?.map((s) => [s.source, s.report.direct.accuracy])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });
});

describe('amount entity accuracy', () => {
  const record = (currency: string | undefined, amount: number) =>
    labelledRecordSchema.parse({
      id: `a-${currency}`, source: 's', source_split: 'x', source_label: 'entity_extraction', intent: 'entity_extraction',
      mapping: 'direct', split: 'dev', lang: 'en', style: 'chat', text: 't',
      slots: { amount_of_money: { text: 't', value: currency === undefined ? { amount } : { amount, currency } } },
    });

  it('scores amounts in dollars or with no currency marked, in cents', () => {
    expect(slotAmountCents(record('USD', 66.1))).toBe(6610);
    expect(slotAmountCents(record('ambiguous', 85.31))).toBe(8531);
    expect(slotAmountCents(record(undefined, 800))).toBe(80000);
  });

  it('leaves out pounds and euros, which a US debtor assistant rightly reads as no dollar amount', () => {
    expect(slotAmountCents(record('GBP', 27))).toBeUndefined();
    expect(slotAmountCents(record('EUR', 640))).toBeUndefined();
  });
});
