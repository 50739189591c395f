import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, watchPage } from '../support/browser';
import { OPERATOR_TOKEN, startApp, type AppUnderTest } from '../support/app-under-test';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** The sample portfolio at 13:00 in New York: of the five active accounts three may be texted, two have no SMS consent. */
describe.skipIf(!chromiumAvailable())('the campaign page of the operator dashboard, in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ store: 'memory', now: '2026-11-24T18:00:00Z' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('previews, creates and starts a campaign and shows its progress', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${app.baseUrl}/dashboard/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('link', { name: /Campaigns/ }).click();
    await page.waitForURL(/campaigns\.html$/);

    await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
    await page.getByRole('button', { name: 'Show campaigns' }).click();
    await page.locator('#campaigns-empty').waitFor();

    await page.getByLabel('Name').fill('November first contact');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#preview-result').waitFor();
    expect(await page.locator('#message-en').textContent()).toMatch(/^Hello, this is Northwind Energy\..*\nReply STOP/s);
    expect(await page.locator('#message-es').textContent()).toMatch(/^Hola, le escribe Northwind Energy\./);
    expect(await page.locator('#preview-figures').textContent()).toContain('To text3');
    expect(await page.locator('#preview-rules tbody').textContent()).toContain('TC-01');

    await page.getByRole('button', { name: 'Create draft' }).click();
    const row = page.locator('#campaigns tbody tr').first();
    await row.getByText('draft').waitFor();
    await row.getByRole('button', { name: 'Start' }).click();
    await row.getByText('running').waitFor();

    await app.outreach.runDue();
    await page.getByRole('button', { name: 'Show campaigns' }).click();
    await row.getByText('completed').waitFor();
    const cells = await row.locator('td').allTextContents();
    // Status, targeted, excluded, queued, sent, delivered, blocked, replied, verified, arranged.
    expect(cells.slice(0, 10)).toEqual(['completed', '3', '2', '0', '3', '0', '0', '0', '0', '0']);
    expect(app.twilioApi.sent).toHaveLength(3);

    // Clicking Start may have scrolled the table sideways; the screenshot shows it from the left.
    await page.locator('.scroll').evaluate((region) => region.scrollTo(0, 0));
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/campaigns.png', fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('reads an uploaded list of ids and names the unknown ones, creating nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.baseUrl}/dashboard/campaigns.html`);
    await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
    await page.getByLabel('A list of account ids').check();
    await page.getByLabel(/upload a file/).setInputFiles({ name: 'ids.csv', mimeType: 'text/csv', buffer: Buffer.from('account_id,note\nNW-1001,x\nNW-4040,y\n') });
    await page.getByText('2 account ids read from ids.csv.').waitFor();
    expect(await page.getByLabel(/Account ids, one a line/).inputValue()).toBe('NW-1001\nNW-4040');
    const before = (await app.operator('/api/campaigns')).body.campaigns.length;
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('alert').getByText('No such accounts: NW-4040').waitFor();
    expect((await app.operator('/api/campaigns')).body.campaigns).toHaveLength(before);
  }, 30_000);
});
