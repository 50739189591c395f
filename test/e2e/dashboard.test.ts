import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, watchPage } from '../support/browser';
import { OPERATOR_TOKEN, startApp, type AppUnderTest } from '../support/app-under-test';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * The sample portfolio through a week: snapshots on 11-23 (first report), 11-24 (the 00:00 job)
 * and 11-30 (the job, late); NW-1005 (129.99, 20 days past due) pays in full on 11-24, so it
 * cures to current. On 11-30: 120+ holds NW-1002, NW-1003 and NW-1006 ($6,470.75) and the
 * receivables are $8,166.45; with $30,000.00 of credit sales in November, DSO is 8.2 days.
 */
describe.skipIf(!chromiumAvailable())('the operator dashboard, in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ store: 'memory', now: '2026-11-23T18:00:00Z' });
    expect((await app.operator('/api/reports/aging')).status).toBe(200);
    await app.outreach.activity.record('conversation.started', null, { conversationId: 'sms:+15125550105', channel: 'sms' });
    app.clock.set(new Date('2026-11-24T00:00:00Z'));
    await app.outreach.runDue();
    app.clock.set(new Date('2026-11-24T15:00:00Z'));
    await app.outreach.activity.record('conversation.started', null, { conversationId: 'webchat-1', channel: 'webchat' });
    await app.outreach.activity.record('verification.succeeded', 'NW-1005', { conversationId: 'webchat-1', channel: 'webchat', method: 'portal' });
    await app.store.updateAccount('NW-1005', (account) => ({ ...account, balanceCents: 0 }));
    await app.outreach.activity.record('handoff.resolved', 'NW-1005', {
      handoffId: 'h-1', reason: 'hardship', outcome: 'Plan set', outcomeCode: 'plan_set', specialist: 'sam', handleSeconds: 245, firstReplySeconds: 95, handBackTo: null, channel: 'webchat',
    });
    app.clock.set(new Date('2026-11-30T06:00:00Z'));
    await app.outreach.runDue();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  const signIn = async (page: Page, fields: Record<string, string>) => {
    await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
    for (const [name, value] of Object.entries(fields)) await page.locator(`#query input[name="${name}"]`).fill(value);
    await page.getByRole('button', { name: 'Show' }).click();
  };

  it('shows the summary with its figures and links to the aging view', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${app.baseUrl}/dashboard`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, { from: '2026-11-01', to: '2026-11-30' });
    await page.locator('#status').getByText('Showing 2026-11-01 to 2026-11-30.').waitFor();
    const conversations = page.locator('#totals .figure').filter({ hasText: /^Conversations/ });
    expect(await conversations.locator('dd').textContent()).toBe('2');
    expect(await page.locator('#chart-conversations svg rect.bar').count()).toBe(30);
    expect(await page.getByRole('link', { name: /Aging view/ }).getAttribute('href')).toBe('/dashboard/aging.html');
    // The desk: per specialist, resolved cases with handle time, time to first reply and outcome codes.
    const sam = page.locator('#desk-specialists tbody tr').filter({ has: page.getByRole('rowheader', { name: 'sam', exact: true }) });
    expect((await sam.locator('td').allTextContents()).slice(0, 5)).toEqual(['1', '4 min 05 s', '1 min 35 s', '0', '1']);
    expect(await page.locator('#desk-reasons tbody th').allTextContents()).toEqual(['hardship']);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/dashboard-summary.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the aging view: buckets, DSO from posted credit sales, roll rates and per-bucket rates', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${app.baseUrl}/dashboard`);
    await page.getByRole('link', { name: /Aging view/ }).click();
    await page.waitForURL(/\/dashboard\/aging\.html$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aging view');
    await signIn(page, { date: '2026-11-30', from: '2026-11-01', to: '2026-11-30' });
    await page.locator('#status').getByText('Aging on 2026-11-30; period 2026-11-01 to 2026-11-30.').waitFor();

    const bucketRow = (label: string) => page.locator('#buckets-table tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    expect(await bucketRow('120+ days').locator('td').allTextContents()).toEqual(['3', '50.0 %', '$6,470.75', '79.2 %']);
    expect(await bucketRow('Current').locator('td').allTextContents()).toEqual(['1', '16.7 %', '$0.00', '0.0 %']);
    expect(await page.locator('#buckets-table tfoot td').nth(2).textContent()).toBe('$8,166.45');
    expect(await page.locator('#chart-balance svg rect.bar').count()).toBe(6);

    // No credit sales yet: no DSO. Post November's through the page.
    const dso = page.locator('#dso > div').filter({ hasText: /^DSO/ }).locator('dd');
    expect(await dso.textContent()).toBe('–');
    await page.getByText('Credit sales posted').click();
    const post = page.locator('#post-credit-sales');
    await post.locator('input[name="from"]').fill('2026-11-01');
    await post.locator('input[name="to"]').fill('2026-11-30');
    await post.getByLabel('Amount (dollars)').fill('30000.00');
    await post.getByRole('button', { name: 'Post' }).click();
    await page.locator('#credit-sales-table').getByText('$30,000.00').waitFor();
    expect(await dso.textContent()).toBe('8.2 days');

    // Roll rates from 11-23 to 11-30: the 1–30 account cured to current, the rest stayed put.
    expect(await page.locator('#rolls-period').textContent()).toBe('From 2026-11-23 to 2026-11-30 (the period’s first and last snapshots).');
    const rollRow = page.locator('#rolls-table tbody tr').filter({ has: page.getByRole('rowheader', { name: '1–30 days', exact: true }) });
    expect(await rollRow.locator('td').allTextContents()).toEqual(['1', '100.0 %', '0.0 %', '0.0 %', '0.0 %', '0.0 %', '0.0 %', '0']);
    expect(await page.locator('#chart-series svg circle').count()).toBeGreaterThan(0);

    const rateRow = page.locator('#rates-table tbody tr').filter({ has: page.getByRole('rowheader', { name: '1–30 days', exact: true }) });
    expect(await rateRow.locator('td').allTextContents()).toEqual(['1', '0', '0.0 %', '1', '100.0 %', '0', '0.0 %', '0', '0', '–']);
    expect(await page.locator('#definitions dt').allTextContents()).toContain('DSO');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('amicable-aging-2026-11-30-2026-11-01-to-2026-11-30.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toMatch(/^bucket,accounts,balance_cents/);
    expect(csv).toContain('total,6,816645,8166.45');

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/dashboard-aging.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
