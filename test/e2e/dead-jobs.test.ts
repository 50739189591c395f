import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, watchPage } from '../support/browser';
import { OPERATOR_TOKEN, startApp, type AppUnderTest } from '../support/app-under-test';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Issue 17 item 6: the dashboard's Dead jobs page lists what the queues gave up on, and retries or discards it. */
describe.skipIf(!chromiumAvailable())('the dead jobs page, in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ store: 'memory', now: '2026-11-23T18:00:00Z' });
    for (const [queue, id] of [['creditor-events', 'evt-1'], ['outreach', 'reminder:arr-1:2026-11-25']] as const) {
      await app.store.scheduleJob(queue, { id, runAt: '2026-11-23T17:00:00.000Z', attempts: 0, payload: { id } });
      await app.store.buryJob({ queue, job: { id, runAt: '2026-11-23T17:00:00.000Z', attempts: 8, payload: { id } }, error: 'Error: receiver answered 503', diedAt: '2026-11-23T17:30:00.000Z' });
    }
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  const rows = (page: Page) => page.locator('#dead-jobs tbody tr');

  it('lists the dead jobs with their queue, tries and error; Retry re-queues one and Discard forgets the other', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${app.baseUrl}/dashboard/`);
    await page.getByRole('link', { name: /Dead jobs/ }).click();
    // The summary page has an "Operator token" field too: filling before the navigation ends would
    // fill that one, and the dead jobs page would ask with no token (a CI run hung here).
    await page.waitForURL(/\/dashboard\/jobs\.html$/);
    await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
    await page.getByRole('button', { name: 'Show dead jobs' }).click();
    await rows(page).nth(1).waitFor();
    expect(await rows(page).first().locator('td, th').allTextContents()).toEqual(['creditor-events', 'evt-1', '8', '2026-11-23T17:30:00.000Z', 'Error: receiver answered 503', 'RetryDiscard']);

    await page.getByRole('button', { name: 'Retry evt-1' }).click();
    await page.locator('#status').getByText('evt-1 is back in creditor-events for one more try.').waitFor();
    expect(await app.store.countJobs('creditor-events')).toBe(1);
    await page.getByRole('button', { name: 'Discard reminder:arr-1:2026-11-25' }).click();
    await page.locator('#dead-empty').waitFor();
    expect(await rows(page).count()).toBe(0);
    expect(await app.store.listDeadJobs()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
