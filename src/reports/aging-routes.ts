import express, { Router } from 'express';
import { z } from 'zod';
import { InvalidInput } from '../errors';
import { requireOperator } from '../api/operator-auth';
import type { TranscriptEntry } from '../domain/transcript';
import type { DomainEvent } from '../domain/events';
import { centsToDecimal, parseDollars } from '../domain/money';
import { agingBuckets, agingReport, type AccountContact, type AgingReport } from './aging';
import type { AgingSnapshots } from './aging-snapshots';
import type { CreditSalesBook } from './credit-sales';
import { csvCell } from './summary-csv';
import { addDays, daysBetween, isCalendarDate } from '../domain/offers/calendar';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

const day = z.string().refine(isCalendarDate, 'must be a calendar day written YYYY-MM-DD');
const agingQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  date: day.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
const creditSalesBody = z.strictObject({
  from: day,
  to: day,
  amount: z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'must be dollars with at most two decimals, as a string ("125000.00")'),
});

export interface AgingRoutesDeps {
  snapshots: AgingSnapshots;
  creditSales: CreditSalesBook;
  /** The activity log's events of these UTC days (inclusive). */
  readEvents(fromDay: string, toDay: string): Promise<DomainEvent[]>;
  /** Every transcript entry of the account (TranscriptLog.forAccount). */
  readTranscript(accountId: string): Promise<TranscriptEntry[]>;
  operatorToken: string | null;
}

/**
 * A contact (README.md § Aging): the debtor wrote in (direction in), or a message went out to them
 * (direction out) that the gate did not block or hold.
 */
export function isContact(entry: TranscriptEntry): boolean {
  if (entry.direction === 'in') return true;
  if (entry.direction !== 'out') return false;
  return entry.decision === undefined || entry.decision.action === 'allow' || entry.decision.action === 'rewrite';
}

const invalid = (message: string) => new InvalidInput('invalid_query', message);
const issues = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ');

/** GET /api/reports/aging and POST|GET /api/reports/credit-sales (operator). */
export function agingRoutes(deps: AgingRoutesDeps): Router {
  const router = Router();
  const operator = requireOperator(deps.operatorToken);

  router.get('/api/reports/aging', operator, async (req, res) => {
    const parsed = agingQuery.safeParse(req.query);
    if (!parsed.success) throw invalid(issues(parsed.error));
    const today = deps.snapshots.today();
    const to = parsed.data.to ?? today;
    const from = parsed.data.from ?? addDays(to, 1 - DEFAULT_DAYS);
    const date = parsed.data.date ?? to;
    if (from > to) throw invalid(`from (${from}) is after to (${to})`);
    if (to > today || date > today) throw invalid(`No snapshot can exist after today (${today})`);
    const days = daysBetween(from, to) + 1;
    if (days > MAX_DAYS) throw invalid(`The period is ${days} days; at most ${MAX_DAYS}`);

    const [snapshots, dateSnapshot, creditSales, events] = await Promise.all([
      deps.snapshots.between(from, to),
      deps.snapshots.forDay(date),
      deps.creditSales.list(),
      deps.readEvents(from, to),
    ]);
    const cohort = snapshots[0];
    const contacts: AccountContact[] = cohort
      ? (
          await Promise.all(
            cohort.accounts.map(async ({ accountId }) =>
              (await deps.readTranscript(accountId)).filter(isContact).map((entry) => ({ accountId, at: entry.at })),
            ),
          )
        ).flat()
      : [];
    const report = agingReport({ period: { from, to }, date, dateSnapshot, snapshots, creditSales, events, contacts });
    res.set('Cache-Control', 'no-store');
    if (parsed.data.format === 'csv') {
      res.set('Content-Disposition', `attachment; filename="amicable-aging-${date}-${from}-to-${to}.csv"`);
      res.type('text/csv; charset=utf-8').send(agingCsv(report));
      return;
    }
    res.json({ date, ...report });
  });

  router.get('/api/reports/credit-sales', operator, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ creditSales: await deps.creditSales.list() });
  });

  router.post('/api/reports/credit-sales', operator, express.json({ limit: '4kb' }), async (req, res) => {
    const parsed = creditSalesBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidInput('invalid_body', issues(parsed.error));
    const { from, to, amount } = parsed.data;
    if (from > to) throw new InvalidInput('invalid_body', `from (${from}) is after to (${to})`);
    const { posting, replaced } = await deps.creditSales.post({ from, to, amountCents: parseDollars(amount) });
    res.status(replaced ? 200 : 201).json({ creditSales: posting, replaced });
  });

  return router;
}

/**
 * One row per bucket and a total row (RFC 4180, CRLF): the aging of `date`, the cohort's rates,
 * the roll rates from the period's first to its last snapshot, and DSO on the total row only.
 * An empty cell: no value (a rate without denominator, a figure without snapshot or sales).
 */
export function agingCsv(report: AgingReport & { date?: string }): string {
  const header = [
    'bucket',
    'accounts',
    'balance_cents',
    'balance_dollars',
    'account_share',
    'balance_share',
    'cohort_accounts',
    'contacted',
    'contact_rate',
    'verified',
    'verification_rate',
    'promised',
    'promise_rate',
    'promises_kept',
    'promises_broken',
    'promise_kept_rate',
    ...agingBuckets.map((bucket) => `roll_to_${bucket}`),
    'roll_gone',
    'receivables_cents',
    'credit_sales_cents',
    'period_days',
    'dso_days',
  ];
  const rows: Array<Array<string | number | null>> = agingBuckets.map((bucket, index) => {
    const aging = report.aging?.buckets[index];
    const rates = report.bucketRates?.[index];
    const roll = report.rollRates?.rows[index];
    return [
      bucket,
      aging?.accounts ?? null,
      aging?.balanceCents ?? null,
      aging ? centsToDecimal(aging.balanceCents) : null,
      aging?.accountShare ?? null,
      aging?.balanceShare ?? null,
      rates?.accounts ?? null,
      rates?.contacted ?? null,
      rates?.contactRate ?? null,
      rates?.verified ?? null,
      rates?.verificationRate ?? null,
      rates?.promised ?? null,
      rates?.promiseRate ?? null,
      rates?.kept ?? null,
      rates?.broken ?? null,
      rates?.promiseKeptRate ?? null,
      ...agingBuckets.map((target) => roll?.to[target].rate ?? null),
      roll ? roll.gone : null,
      null,
      null,
      null,
      null,
    ];
  });
  const total = report.aging?.total;
  const sum = (pick: (rates: NonNullable<AgingReport['bucketRates']>[number]) => number) =>
    report.bucketRates ? report.bucketRates.reduce((acc, rates) => acc + pick(rates), 0) : null;
  rows.push([
    'total',
    total?.accounts ?? null,
    total?.balanceCents ?? null,
    total ? centsToDecimal(total.balanceCents) : null,
    null,
    null,
    sum((r) => r.accounts),
    sum((r) => r.contacted),
    null,
    sum((r) => r.verified),
    null,
    sum((r) => r.promised),
    null,
    sum((r) => r.kept),
    sum((r) => r.broken),
    null,
    ...agingBuckets.map(() => null),
    report.rollRates ? report.rollRates.rows.reduce((acc, row) => acc + row.gone, 0) : null,
    report.dso.receivablesCents,
    report.dso.creditSalesCents,
    report.dso.days,
    report.dso.dso,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
