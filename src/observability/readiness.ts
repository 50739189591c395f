import type { Store } from '../store/store';

/**
 * Written when the portfolio has been put in the store. A store without it has lost its data (a
 * Redis restarted without persistence, a flushed database): every account would answer 404, so
 * the instance is not ready until the portfolio is loaded again (any instance's restart does it).
 */
const PORTFOLIO_LOADED = 'portfolio-loaded';

export async function markPortfolioLoaded(store: Pick<Store, 'setDocument'>, accounts: number, at: Date): Promise<void> {
  await store.setDocument(PORTFOLIO_LOADED, { accounts, loadedAt: at.toISOString() });
}

export type Readiness = { ready: true } | { ready: false; code: 'store_unavailable' | 'store_emptied'; message: string };

/** `GET /readyz`: the store answers, and still holds what was loaded into it. */
export async function readiness(store: Pick<Store, 'ping' | 'getDocument'>): Promise<Readiness> {
  let marker: unknown;
  try {
    await store.ping();
    marker = await store.getDocument(PORTFOLIO_LOADED);
  } catch {
    return { ready: false, code: 'store_unavailable', message: 'The store does not answer' };
  }
  if (marker === null) return { ready: false, code: 'store_emptied', message: 'The store has lost the portfolio: restart to load it again' };
  return { ready: true };
}
