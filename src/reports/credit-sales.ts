import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import type { Store } from '../store/store';
import type { CreditSalesPosting } from './aging';

const KEY = 'credit-sales';

export interface PostedCreditSales extends CreditSalesPosting {
  postedAt: string;
}

/**
 * The creditor's sales on credit, posted by period (POST /api/reports/credit-sales): DSO's
 * denominator. Periods never overlap, so no day is counted twice; posting the same period again
 * corrects its amount.
 */
export class CreditSalesBook {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async list(): Promise<PostedCreditSales[]> {
    return (await this.deps.store.getDocument<PostedCreditSales[]>(KEY)) ?? [];
  }

  /** Records a period's figure; `replaced` when the same period was posted before. An overlap is `overlapping_period`. */
  async post(posting: CreditSalesPosting): Promise<{ posting: PostedCreditSales; replaced: boolean }> {
    const { store, clock } = this.deps;
    return store.withLock(KEY, async () => {
      const all = await this.list();
      const same = all.find((other) => other.from === posting.from && other.to === posting.to);
      const clash = all.find((other) => other !== same && other.from <= posting.to && posting.from <= other.to);
      if (clash) {
        throw new DomainError('overlapping_period', `${posting.from}..${posting.to} overlaps the posted ${clash.from}..${clash.to}; post the same period to correct it`, 'conflict');
      }
      const posted: PostedCreditSales = { from: posting.from, to: posting.to, amountCents: posting.amountCents, postedAt: clock.now().toISOString() };
      const next = [...all.filter((other) => other !== same), posted].sort((a, b) => a.from.localeCompare(b.from));
      await store.setDocument(KEY, next);
      return { posting: posted, replaced: same !== undefined };
    });
  }
}
