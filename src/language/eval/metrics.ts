import { protectedIntents, safetyIntents, type Intent } from '../../domain/intents';
import type { Entities } from '../recognition';
import { expectedIntent, type LabelledRecord } from './records';

/** What the assistant made of one record. */
export interface Prediction {
  id: string;
  intent: Intent;
  intents: Intent[];
  entities: Entities;
  /** Which recognizer answered ('openai', or 'local' when the model path fell back). */
  source: string;
  ms: number;
}

export interface IntentScore {
  intent: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Intents read by phrase detectors whose recall and false alarms the eval reports on their own:
 * crisis and threat (safety first), and contact preferences (RF-02, RF-03, RF-06), whose near
 * misses ("I work 7-3 so I get paid friday") must not narrow contact or hide a cease.
 */
export const watchedIntents: readonly Intent[] = [...safetyIntents, 'contact_preference'];

export interface SafetyScore {
  intent: string;
  support: number;
  recall: number;
  negatives: number;
  falseTriggers: number;
  nearMisses: number;
  nearMissFalseAlarms: number;
}

export interface GroupRecall {
  group: string;
  support: number;
  recall: number;
}

/** How many messages labelled with a protected intent had it acted on, and any protected path. */
export interface ProtectedScore {
  intent: string;
  support: number;
  exact: number;
  anyPath: number;
}

export interface EvalReport {
  records: number;
  /** Records scored after counting identical texts once. */
  scored: number;
  direct: { records: number; accuracy: number; macroF1: number; perIntent: IntentScore[] };
  near: { records: number; accuracy: number };
  /** Recall of each protected group over every record labelled with it (any mapping): recall first. */
  protectedRecall: GroupRecall[];
  /** The same over direct-mapped records only. */
  protectedRecallDirect: GroupRecall[];
  /**
   * Every message labelled with a protected intent (any mapping): the exact intent among those
   * acted on, and some protected intent acted on (the targets), per intent and pooled.
   */
  protectedMessages: { records: number; exactRate: number; anyPathRate: number; perIntent: ProtectedScore[] };
  negatives: { records: number; falseTriggers: number; falseTriggerRate: number };
  /**
   * Crisis, threat and contact preferences (watchedIntents): recall over every record labelled
   * with each, and false alarms on the negatives and on the near misses written for it
   * (`hard_negative_for`).
   */
  safety: SafetyScore[];
  /** gold protected intent -> predicted top intent (or "other") -> count. */
  protectedConfusion: Record<string, Record<string, number>>;
  entities: { amountRecords: number; amountAccuracy: number };
  timing: { meanMs: number; p50Ms: number; p95Ms: number; maxMs: number };
  /** Messages answered by each recognizer (an OpenAI run counts its fallbacks to the local one). */
  answeredBy: Record<string, number>;
}

/** Groups the recall targets name; a record counts when any intent of its group is acted on. */
export const protectedGroups: Record<string, Intent[]> = {
  dispute: ['dispute_not_my_debt', 'dispute_wrong_amount', 'dispute_identity_theft', 'debt_validation_request'],
  cease_contact: ['cease_contact'],
  bankruptcy: ['bankruptcy'],
  attorney_represented: ['attorney_represented'],
  request_human: ['request_human'],
  deceased: ['deceased'],
  wrong_number: ['wrong_number'],
  third_party: ['third_party'],
  refusal_to_pay: ['refusal_to_pay'],
  hardship: ['hardship'],
  collector_conduct_complaint: ['collector_conduct_complaint'],
};

const protectedSet = new Set<string>(protectedIntents);

/**
 * Scores predictions against labelled records.
 * - Identical texts (trimmed, lower case) are counted once; any of their labels is accepted.
 * - Complaint narratives (style complaint_narrative) are scored by routing, as the eval README
 *   says: right when the expected intent is among the intents acted on.
 * - Per-intent precision, recall and F1 and the macro-F1 are over direct-mapped records, macro
 *   over the intents those records expect.
 */
export function scorePredictions(records: readonly LabelledRecord[], predictions: ReadonlyMap<string, Prediction>): EvalReport {
  const groups = new Map<string, { record: LabelledRecord; accepted: Set<Intent> }>();
  for (const record of records) {
    const key = record.text.trim().toLowerCase();
    const expected = expectedIntent(record);
    const group = groups.get(key);
    if (group) {
      if (expected) group.accepted.add(expected);
    } else groups.set(key, { record, accepted: new Set(expected ? [expected] : []) });
  }

  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let directRecords = 0;
  let directCorrect = 0;
  let nearRecords = 0;
  let nearCorrect = 0;
  let negatives = 0;
  let falseTriggers = 0;
  const safety = new Map<string, SafetyScore>(
    watchedIntents.map((intent) => [intent, { intent, support: 0, recall: 0, negatives: 0, falseTriggers: 0, nearMisses: 0, nearMissFalseAlarms: 0 }]),
  );
  const recallAll = new Map<string, [number, number]>();
  const recallDirect = new Map<string, [number, number]>();
  const confusion: Record<string, Record<string, number>> = {};
  const protectedScores = new Map<string, ProtectedScore>();
  const answeredBy: Record<string, number> = {};
  let amountRecords = 0;
  let amountCorrect = 0;
  const times: number[] = [];

  for (const { record, accepted } of groups.values()) {
    const prediction = predictions.get(record.id);
    if (!prediction) continue;
    times.push(prediction.ms);
    answeredBy[prediction.source] = (answeredBy[prediction.source] ?? 0) + 1;
    const amount = slotAmountCents(record);
    if (amount !== undefined) {
      amountRecords++;
      if (prediction.entities.amountCents === amount) amountCorrect++;
    }
    if (accepted.size === 0) continue;
    for (const score of safety.values()) {
      const fired = prediction.intents.includes(score.intent as Intent);
      if (accepted.has(score.intent as Intent)) {
        score.support++;
        if (fired) score.recall++;
      } else if (record.mapping === 'negative') {
        score.negatives++;
        if (fired) score.falseTriggers++;
      }
      if (record.hard_negative_for === score.intent && !accepted.has(score.intent as Intent)) {
        score.nearMisses++;
        if (fired) score.nearMissFalseAlarms++;
      }
    }
    const narrative = record.style === 'complaint_narrative';
    const actedOn = narrative ? [...accepted].find((intent) => prediction.intents.includes(intent)) : undefined;
    const predicted: Intent = actedOn ?? prediction.intent;
    const gold: Intent = accepted.has(predicted) ? predicted : [...accepted][0]!;

    if (record.mapping === 'direct') {
      directRecords++;
      if (predicted === gold) {
        directCorrect++;
        bump(tp, gold);
      } else {
        bump(fn, gold);
        bump(fp, predicted);
      }
    } else if (record.mapping === 'near') {
      nearRecords++;
      if (predicted === gold) nearCorrect++;
    } else if (record.mapping === 'negative') {
      negatives++;
      if (prediction.intents.some((intent) => protectedSet.has(intent))) falseTriggers++;
    }
    for (const [name, members] of Object.entries(protectedGroups)) {
      if (!members.includes(gold)) continue;
      const hit = prediction.intents.some((intent) => members.includes(intent)) ? 1 : 0;
      const all = recallAll.get(name) ?? [0, 0];
      recallAll.set(name, [all[0] + hit, all[1] + 1]);
      if (record.mapping === 'direct') {
        const direct = recallDirect.get(name) ?? [0, 0];
        recallDirect.set(name, [direct[0] + hit, direct[1] + 1]);
      }
    }
    if (protectedSet.has(gold)) {
      const score = protectedScores.get(gold) ?? { intent: gold, support: 0, exact: 0, anyPath: 0 };
      score.support++;
      if ([...accepted].some((intent) => protectedSet.has(intent) && prediction.intents.includes(intent))) score.exact++;
      if (prediction.intents.some((intent) => protectedSet.has(intent))) score.anyPath++;
      protectedScores.set(gold, score);
      const row = (confusion[gold] ??= {});
      const column = protectedSet.has(predicted) ? predicted : 'other';
      row[column] = (row[column] ?? 0) + 1;
    }
  }

  const perIntent: IntentScore[] = [...new Set([...tp.keys(), ...fn.keys()])].sort().map((intent) => {
    const t = tp.get(intent) ?? 0;
    const precision = t + (fp.get(intent) ?? 0) ? t / (t + (fp.get(intent) ?? 0)) : 0;
    const recall = t / (t + (fn.get(intent) ?? 0));
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support: t + (fn.get(intent) ?? 0), precision, recall, f1 };
  });
  const recallList = (m: Map<string, [number, number]>) =>
    Object.keys(protectedGroups).flatMap((group) => {
      const v = m.get(group);
      return v ? [{ group, support: v[1], recall: v[0] / v[1] }] : [];
    });
  const protectedPerIntent = [...protectedScores.values()].sort((a, b) => (a.intent < b.intent ? -1 : 1));
  const protectedRecords = protectedPerIntent.reduce((n, s) => n + s.support, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    records: records.length,
    scored: times.length,
    direct: {
      records: directRecords,
      accuracy: ratio(directCorrect, directRecords),
      macroF1: perIntent.length ? perIntent.reduce((s, x) => s + x.f1, 0) / perIntent.length : 0,
      perIntent,
    },
    near: { records: nearRecords, accuracy: ratio(nearCorrect, nearRecords) },
    protectedRecall: recallList(recallAll),
    protectedRecallDirect: recallList(recallDirect),
    protectedMessages: {
      records: protectedRecords,
      exactRate: ratio(protectedPerIntent.reduce((n, s) => n + s.exact, 0), protectedRecords),
      anyPathRate: ratio(protectedPerIntent.reduce((n, s) => n + s.anyPath, 0), protectedRecords),
      perIntent: protectedPerIntent,
    },
    negatives: { records: negatives, falseTriggers, falseTriggerRate: ratio(falseTriggers, negatives) },
    safety: [...safety.values()].map((score) => ({ ...score, recall: ratio(score.recall, score.support) })),
    protectedConfusion: confusion,
    entities: { amountRecords, amountAccuracy: ratio(amountCorrect, amountRecords) },
    timing: {
      meanMs: times.length ? times.reduce((s, t) => s + t, 0) / times.length : 0,
      p50Ms: quantile(0.5),
      p95Ms: quantile(0.95),
      maxMs: sorted.at(-1) ?? 0,
    },
    answeredBy,
  };
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

/**
 * The amount an entity-extraction record's slots name, in cents, when it is in dollars or
 * unmarked. Pounds and euros are left out: the parser rightly reads no dollar amount in "£27",
 * and a US debtor's assistant has no other currency to report.
 */
export function slotAmountCents(record: LabelledRecord): number | undefined {
  const slots = record.slots as { amount_of_money?: { value?: { amount?: number; currency?: string } } } | null | undefined;
  const value = slots?.amount_of_money?.value;
  const currency = (value?.currency ?? 'ambiguous').toUpperCase();
  if (currency !== 'USD' && currency !== 'AMBIGUOUS') return undefined;
  return typeof value?.amount === 'number' ? Math.round(value.amount * 100) : undefined;
}
