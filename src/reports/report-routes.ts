import { Router } from 'express';
import { z } from 'zod';
import { InvalidInput } from '../errors';
import { requireOperator } from '../api/operator-auth';
import type { Clock } from '../domain/clock';
import type { DomainEvent } from '../domain/events';
import { addDays, daysBetween, isCalendarDate } from '../domain/offers/calendar';
import { summarize } from './summary';
import { summaryCsv } from './summary-csv';

/** Without from/to: the 30 days ending today (UTC). */
const DEFAULT_DAYS = 30;
/** A leap year; anything longer is a different report (and a large read of the log). */
const MAX_DAYS = 366;

const day = z.string().refine(isCalendarDate, 'must be a calendar day written YYYY-MM-DD');
const summaryQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export interface ReportRoutesDeps {
  /** The activity log's events whose occurredAt falls on these UTC days (inclusive). */
  readEvents(fromDay: string, toDay: string): Promise<DomainEvent[]>;
  clock: Clock;
  operatorToken: string | null;
}

/** GET /api/reports/summary (operator): the figures README.md § Reports defines, as JSON or CSV. */
export function reportRoutes(deps: ReportRoutesDeps): Router {
  const router = Router();

  router.get('/api/reports/summary', requireOperator(deps.operatorToken), async (req, res) => {
    const parsed = summaryQuery.safeParse(req.query);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ');
      throw new InvalidInput('invalid_query', message);
    }
    const to = parsed.data.to ?? deps.clock.now().toISOString().slice(0, 10);
    const from = parsed.data.from ?? addDays(to, 1 - DEFAULT_DAYS);
    if (from > to) throw new InvalidInput('invalid_query', `from (${from}) is after to (${to})`);
    // Counted by arithmetic, not by listing: a silly period must not build a million-day list.
    const days = daysBetween(from, to) + 1;
    if (days > MAX_DAYS) throw new InvalidInput('invalid_query', `The period is ${days} days; at most ${MAX_DAYS}`);

    const summary = summarize(await deps.readEvents(from, to), { from, to });
    res.set('Cache-Control', 'no-store');
    if (parsed.data.format === 'csv') {
      // The name holds only digits, letters and dashes, so it needs no escaping.
      res.set('Content-Disposition', `attachment; filename="amicable-summary-${from}-to-${to}.csv"`);
      res.type('text/csv; charset=utf-8').send(summaryCsv(summary));
      return;
    }
    res.json(summary);
  });

  return router;
}
