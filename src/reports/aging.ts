import type { AccountStatus } from '../domain/account';
import type { DomainEvent } from '../domain/events';
import type { Cents } from '../domain/money';
import { addDays, daysBetween } from '../domain/offers/calendar';
import { rate, type ReportPeriod } from './summary';

/**
 * The aging view's math (README.md § Aging): buckets, roll rates, DSO and per-bucket rates from
 * daily snapshots of the portfolio. Pure: snapshots, events and contacts come in as values.
 */

export const agingBuckets = ['current', '1-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** current: 0 days (or less); 1-30 ... 91-120 inclusive; 120+: 121 days and more. */
export function bucketOf(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  if (daysPastDue <= 120) return '91-120';
  return '120+';
}

const bucketIndex = (bucket: AgingBucket): number => agingBuckets.indexOf(bucket);

/** One account in a snapshot. */
export interface SnapshotAccount {
  accountId: string;
  daysPastDue: number;
  balanceCents: Cents;
}

/** The portfolio on one UTC day, as first observed that day (README.md § Aging). */
export interface AgingSnapshot {
  day: string;
  /** ISO instant the snapshot was taken. */
  takenAt: string;
  accounts: SnapshotAccount[];
}

/** What a snapshot needs to know of an account as the store holds it now. */
export interface AccountNow {
  id: string;
  balanceCents: Cents;
  daysPastDue: number;
  status: AccountStatus;
}

/**
 * Days past due on `day`. A paid account (status paid, or nothing owed) is current. An account in
 * the previous snapshot ages by the days since it, unless it was current then: the portfolio gives
 * days past due, not due dates, so a current account is never aged by guesswork. An account in no
 * earlier snapshot (the first snapshot, a newly loaded account) takes its loaded `daysPastDue`.
 */
export function daysPastDueOn(account: AccountNow, previous: { day: string; daysPastDue: number } | null, day: string): number {
  if (account.status === 'paid' || account.balanceCents <= 0) return 0;
  if (previous === null) return Math.max(0, account.daysPastDue);
  if (previous.daysPastDue <= 0) return 0;
  return previous.daysPastDue + Math.max(0, daysBetween(previous.day, day));
}

/** The snapshot of `day` from the accounts as they are now and the latest earlier snapshot (or none). */
export function takeSnapshot(day: string, takenAt: string, accounts: AccountNow[], previous: AgingSnapshot | null): AgingSnapshot {
  const before = new Map((previous?.accounts ?? []).map((entry) => [entry.accountId, entry.daysPastDue]));
  const entries = accounts
    .map((account) => {
      const earlier = before.get(account.id);
      const previousEntry = previous && earlier !== undefined ? { day: previous.day, daysPastDue: earlier } : null;
      return { accountId: account.id, daysPastDue: daysPastDueOn(account, previousEntry, day), balanceCents: account.balanceCents };
    })
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
  return { day, takenAt, accounts: entries };
}

export interface BucketTotals {
  bucket: AgingBucket;
  accounts: number;
  balanceCents: Cents;
  /** accounts / all accounts of the snapshot. */
  accountShare: number | null;
  /** balanceCents / the snapshot's total balance. */
  balanceShare: number | null;
}

export interface AgingTotals {
  day: string;
  buckets: BucketTotals[];
  total: { accounts: number; balanceCents: Cents };
}

/** Accounts and balance by bucket, every bucket listed (zeros included), oldest debt last. */
export function agingOf(snapshot: AgingSnapshot): AgingTotals {
  const counts = agingBuckets.map(() => ({ accounts: 0, balanceCents: 0 }));
  for (const entry of snapshot.accounts) {
    const slot = counts[bucketIndex(bucketOf(entry.daysPastDue))]!;
    slot.accounts += 1;
    slot.balanceCents += entry.balanceCents;
  }
  const accounts = snapshot.accounts.length;
  const balanceCents = counts.reduce((sum, slot) => sum + slot.balanceCents, 0);
  return {
    day: snapshot.day,
    buckets: agingBuckets.map((bucket, index) => ({
      bucket,
      accounts: counts[index]!.accounts,
      balanceCents: counts[index]!.balanceCents,
      accountShare: rate(counts[index]!.accounts, accounts),
      balanceShare: rate(counts[index]!.balanceCents, balanceCents),
    })),
    total: { accounts, balanceCents },
  };
}

export interface RollRow {
  /** The bucket on the first day. */
  bucket: AgingBucket;
  /** Accounts in it on the first day: the denominator of every rate in the row. */
  accounts: number;
  /** Per bucket on the second day: how many moved there and the share of `accounts`. */
  to: Record<AgingBucket, { accounts: number; rate: number | null }>;
  /** Accounts no longer in the portfolio on the second day. */
  gone: number;
}

export interface RollMatrix {
  from: string;
  to: string;
  rows: RollRow[];
}

/** Roll rate A→B = accounts in A on `first.day` that are in B on `second.day` / accounts in A on `first.day`. */
export function rollRates(first: AgingSnapshot, second: AgingSnapshot): RollMatrix {
  const later = new Map(second.accounts.map((entry) => [entry.accountId, bucketOf(entry.daysPastDue)]));
  const rows = agingBuckets.map((bucket) => {
    const members = first.accounts.filter((entry) => bucketOf(entry.daysPastDue) === bucket);
    const moved = new Map<AgingBucket, number>();
    let gone = 0;
    for (const entry of members) {
      const next = later.get(entry.accountId);
      if (next === undefined) gone += 1;
      else moved.set(next, (moved.get(next) ?? 0) + 1);
    }
    const to = Object.fromEntries(
      agingBuckets.map((target) => [target, { accounts: moved.get(target) ?? 0, rate: rate(moved.get(target) ?? 0, members.length) }]),
    ) as RollRow['to'];
    return { bucket, accounts: members.length, to, gone };
  });
  return { from: first.day, to: second.day, rows };
}

export interface RollStep {
  bucket: AgingBucket;
  accounts: number;
  /** Moved to an older bucket / accounts. */
  rollForwardRate: number | null;
  /** Moved to a younger bucket (current included) / accounts. */
  cureRate: number | null;
}

/** Between each pair of consecutive snapshots given (oldest first): per bucket, how many rolled forward or cured. */
export function rollSeries(snapshots: AgingSnapshot[]): Array<{ from: string; to: string; buckets: RollStep[] }> {
  const ordered = [...snapshots].sort((a, b) => a.day.localeCompare(b.day));
  return ordered.slice(1).map((second, index) => {
    const matrix = rollRates(ordered[index]!, second);
    return {
      from: matrix.from,
      to: matrix.to,
      buckets: matrix.rows.map((row) => {
        const at = bucketIndex(row.bucket);
        let forward = 0;
        let cured = 0;
        for (const target of agingBuckets) {
          if (bucketIndex(target) > at) forward += row.to[target].accounts;
          if (bucketIndex(target) < at) cured += row.to[target].accounts;
        }
        return { bucket: row.bucket, accounts: row.accounts, rollForwardRate: rate(forward, row.accounts), cureRate: rate(cured, row.accounts) };
      }),
    };
  });
}

/** A credit-sales figure the creditor posted: its sales on credit over these UTC days (both included). */
export interface CreditSalesPosting {
  from: string;
  to: string;
  amountCents: Cents;
}

export interface CreditSalesInPeriod {
  /** Null unless postings cover every day of the period. */
  amountCents: Cents | null;
  days: number;
  coveredDays: number;
}

/**
 * Credit sales in a period: each posting counts for the share of its days inside the period
 * (amount × overlapping days / its days), summed, rounded half up to the cent at the end. Postings
 * never overlap (the book refuses it), so a day is covered by at most one. The shares are summed
 * as an exact fraction of whole cents (BigInt), never through floating point: money is integer.
 */
export function creditSalesIn(postings: CreditSalesPosting[], period: ReportPeriod): CreditSalesInPeriod {
  const days = daysBetween(period.from, period.to) + 1;
  let numerator = 0n;
  let denominator = 1n;
  let coveredDays = 0;
  for (const posting of postings) {
    const start = posting.from > period.from ? posting.from : period.from;
    const end = posting.to < period.to ? posting.to : period.to;
    if (start > end) continue;
    const overlap = daysBetween(start, end) + 1;
    coveredDays += overlap;
    const postingDays = BigInt(daysBetween(posting.from, posting.to) + 1);
    numerator = numerator * postingDays + BigInt(posting.amountCents) * BigInt(overlap) * denominator;
    denominator *= postingDays;
  }
  // Half up, as Math.round does for the non-negative amounts the book accepts.
  const cents = Number((2n * numerator + denominator) / (2n * denominator));
  return { amountCents: coveredDays >= days ? cents : null, days, coveredDays };
}

export interface DaysSalesOutstanding {
  /** The snapshot whose balances are the receivables: the period's last day with a snapshot. */
  receivablesDay: string | null;
  receivablesCents: Cents | null;
  creditSalesCents: Cents | null;
  days: number;
  coveredDays: number;
  /** receivables / credit sales × days, rounded to 0.1 day; null without both figures or with no sales. */
  dso: number | null;
}

export function daysSalesOutstanding(receivables: AgingSnapshot | null, postings: CreditSalesPosting[], period: ReportPeriod): DaysSalesOutstanding {
  const sales = creditSalesIn(postings, period);
  const receivablesCents = receivables ? receivables.accounts.reduce((sum, entry) => sum + entry.balanceCents, 0) : null;
  const dso =
    receivablesCents === null || sales.amountCents === null || sales.amountCents === 0
      ? null
      : Math.round((receivablesCents / sales.amountCents) * sales.days * 10) / 10;
  return {
    receivablesDay: receivables?.day ?? null,
    receivablesCents,
    creditSalesCents: sales.amountCents,
    days: sales.days,
    coveredDays: sales.coveredDays,
    dso,
  };
}

/** A message exchanged with the debtor of an account (README.md § Aging, "contacted"). */
export interface AccountContact {
  accountId: string;
  at: string;
}

export interface BucketRates {
  bucket: AgingBucket;
  /** Accounts in the bucket on the cohort day: the denominator of the first three rates. */
  accounts: number;
  contacted: number;
  contactRate: number | null;
  verified: number;
  verificationRate: number | null;
  promised: number;
  promiseRate: number | null;
  kept: number;
  broken: number;
  /** kept / (kept + broken). */
  promiseKeptRate: number | null;
}

const PROMISES = new Set(['promise.created', 'plan.created', 'settlement.accepted', 'pay_in_full.created']);

const dayOf = (instant: string): string | null => {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
};

/**
 * Per bucket of the cohort snapshot (normally the period's first day), what happened to its
 * accounts during the period: contacted, verified, made a promise, and the promise outcomes
 * recorded. Events and contacts outside the period, or of accounts outside the cohort, are ignored.
 */
export function bucketRates(cohort: AgingSnapshot, events: DomainEvent[], contacts: AccountContact[], period: ReportPeriod): BucketRates[] {
  const inPeriod = (instant: string) => {
    const day = dayOf(instant);
    return day !== null && day >= period.from && day <= period.to;
  };
  const bucketOfAccount = new Map(cohort.accounts.map((entry) => [entry.accountId, bucketOf(entry.daysPastDue)]));
  const contacted = new Set(contacts.filter((contact) => inPeriod(contact.at)).map((contact) => contact.accountId));
  const verified = new Set<string>();
  const promised = new Set<string>();
  const kept = new Map<AgingBucket, number>();
  const broken = new Map<AgingBucket, number>();
  for (const event of events) {
    if (event.accountId === null || !inPeriod(event.occurredAt)) continue;
    const bucket = bucketOfAccount.get(event.accountId);
    if (bucket === undefined) continue;
    if (event.type === 'verification.succeeded') verified.add(event.accountId);
    else if (PROMISES.has(event.type)) promised.add(event.accountId);
    else if (event.type === 'promise.kept') kept.set(bucket, (kept.get(bucket) ?? 0) + 1);
    else if (event.type === 'promise.broken') broken.set(bucket, (broken.get(bucket) ?? 0) + 1);
  }
  return agingBuckets.map((bucket) => {
    const members = cohort.accounts.filter((entry) => bucketOf(entry.daysPastDue) === bucket).map((entry) => entry.accountId);
    const count = (set: Set<string>) => members.filter((id) => set.has(id)).length;
    const keptCount = kept.get(bucket) ?? 0;
    const brokenCount = broken.get(bucket) ?? 0;
    return {
      bucket,
      accounts: members.length,
      contacted: count(contacted),
      contactRate: rate(count(contacted), members.length),
      verified: count(verified),
      verificationRate: rate(count(verified), members.length),
      promised: count(promised),
      promiseRate: rate(count(promised), members.length),
      kept: keptCount,
      broken: brokenCount,
      promiseKeptRate: rate(keptCount, keptCount + brokenCount),
    };
  });
}

export interface AgingReport {
  period: ReportPeriod;
  /** The aging as of `date`; null when that day has no snapshot. */
  aging: AgingTotals | null;
  /** Days of the period with a snapshot, and without one. */
  snapshotDays: string[];
  missingDays: string[];
  /** From the period's first to its last snapshot; null with fewer than two. */
  rollRates: RollMatrix | null;
  rollSeries: ReturnType<typeof rollSeries>;
  dso: DaysSalesOutstanding;
  /** Cohort: the period's first snapshot; null without any. */
  cohortDay: string | null;
  bucketRates: BucketRates[] | null;
}

/** Everything the aging page shows, from the snapshots found for the period (any order) and the aging day's. */
export function agingReport(input: {
  period: ReportPeriod;
  date: string;
  dateSnapshot: AgingSnapshot | null;
  snapshots: AgingSnapshot[];
  creditSales: CreditSalesPosting[];
  events: DomainEvent[];
  contacts: AccountContact[];
}): AgingReport {
  const { period } = input;
  const ordered = input.snapshots.filter((snapshot) => snapshot.day >= period.from && snapshot.day <= period.to).sort((a, b) => a.day.localeCompare(b.day));
  const have = new Set(ordered.map((snapshot) => snapshot.day));
  const missingDays: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) if (!have.has(day)) missingDays.push(day);
  const first = ordered[0] ?? null;
  const last = ordered[ordered.length - 1] ?? null;
  return {
    period: { from: period.from, to: period.to },
    aging: input.dateSnapshot ? agingOf(input.dateSnapshot) : null,
    snapshotDays: ordered.map((snapshot) => snapshot.day),
    missingDays,
    rollRates: first && last && first !== last ? rollRates(first, last) : null,
    rollSeries: rollSeries(ordered),
    dso: daysSalesOutstanding(last, input.creditSales, period),
    cohortDay: first?.day ?? null,
    bucketRates: first ? bucketRates(first, input.events, input.contacts, period) : null,
  };
}
