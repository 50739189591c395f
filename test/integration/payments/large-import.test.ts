import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paymentKey } from '../../../src/payments/ledger-keys';
import { OPERATOR_TOKEN, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

// Redis answers each posting over the network, so fewer rows keep the import running as long.
const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined, rows: 10_000 },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests(), rows: 1_000 },
];

describe.each(stores)('a large payments import on the $name', ({ kind, redisUrl, rows }) => {
  let app: AppUnderTest;
  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    app = await startApp({ store: kind, redisUrl });
  });
  afterEach(async () => {
    await app?.close();
  });

  it('leaves the event loop free: /healthz sent while it runs is answered before the import is', async () => {
    // One payment that posts (it tells the test the import is under way), then rows for an account
    // that does not exist: each is tried against the store and reported.
    const lines = ['payment_id,account_id,amount,paid_at', 'first,NW-1001,1.00,2026-11-20T10:00:00Z'];
    for (let n = 0; n < rows; n++) lines.push(`pay-${n},NW-404,1.00,2026-11-20T10:00:00Z`);
    const finished: string[] = [];
    const imported = fetch(`${app.baseUrl}/api/payments/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'text/csv' },
      body: lines.join('\n'),
    }).then(async (response) => {
      finished.push('import');
      return { status: response.status, body: (await response.json()) as any };
    });

    while ((await app.store.getDocument(paymentKey('first'))) === null && finished.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const health = await fetch(`${app.baseUrl}/healthz`);
    finished.push('healthz');
    expect(health.status).toBe(200);

    const report = await imported;
    expect(finished).toEqual(['healthz', 'import']);
    expect(report.status).toBe(200);
    expect(report.body.counts).toEqual({ rows: rows + 1, posted: 1, duplicates: 0, rejected: rows });
    expect(report.body.rejected[0]).toEqual({ line: 3, column: 'account_id', message: 'No account "NW-404"' });
  }, 60_000);
});
