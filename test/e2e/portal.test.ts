import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, watchPage } from '../support/browser';
import { startApp, type AppUnderTest } from '../support/app-under-test';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Waits for a message bubble (Web Chat also repeats text in hidden live regions and labels). */
const bubble = (page: Page, text: RegExp) => page.locator('#webchat .webchat__bubble__content').filter({ hasText: text }).first().waitFor({ timeout: 10_000 });

/** The bot's newest buttons (Web Chat's suggested actions toolbar). */
const suggestedActions = (page: Page) => page.getByRole('toolbar').getByRole('button');

describe.skipIf(!chromiumAvailable())('the billing portal with Web Chat, in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
  });
  afterEach(async () => {
    await app?.close();
  });

  it('chats from hello to a recorded plan using the buttons, with no CSP violations', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${app.baseUrl}/?account=NW-1001`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
    const notice = page.locator('#chat-notice');
    expect(await notice.textContent()).toMatch(/automated assistant.*recorded/s);
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count()).toBeGreaterThan(0);
    await page.getByText('$1,240.50').first().waitFor();

    const sendBox = page.getByPlaceholder('Type your message');
    await sendBox.fill('Hi');
    await sendBox.press('Enter');
    await bubble(page, /Thanks, Maria\. Your balance is \$1,240\.50\./);

    await suggestedActions(page).getByText('Set up a payment plan', { exact: true }).click();
    await bubble(page, /Plans from /);
    const firstPlan = suggestedActions(page).first();
    const planTitle = await firstPlan.textContent();
    await firstPlan.click();
    await bubble(page, /^To confirm: /);
    expect(planTitle).toBeTruthy();

    await suggestedActions(page).getByText('Yes', { exact: true }).click();
    await bubble(page, /Done\. Your plan is set up/);

    const { status, body } = await app.operator('/api/accounts/NW-1001');
    expect(status).toBe(200);
    expect(body.arrangements).toHaveLength(1);
    expect(body.arrangements[0]).toMatchObject({ kind: 'plan', status: 'active', totalCents: 124050, channel: 'webchat' });

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/portal.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows markdown in a name from the portfolio as the characters it is, never as a link', async () => {
    await app.store.updateAccount('NW-1001', (account) => ({ ...account, firstName: '[Maria](https://evil.example/login) **now**' }));
    const page = await browser.context.newPage();
    await page.goto(`${app.baseUrl}/?account=NW-1001`);
    const sendBox = page.getByPlaceholder('Type your message');
    await sendBox.fill('Hi');
    await sendBox.press('Enter');
    await bubble(page, /Thanks, \[Maria\]\(https:\/\/evil\.example\/login\) \*\*now\*\*\. Your balance is/);
    expect(await page.locator('#webchat a[href*="evil.example"]').count()).toBe(0);
    expect(await page.locator('#webchat .webchat__bubble__content strong').count()).toBe(0);
    // Buttons still render as buttons.
    expect(await suggestedActions(page).getByText('Set up a payment plan', { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('lets a keyboard user skip straight to the chat', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.baseUrl}/?account=NW-1001`);
    await page.getByPlaceholder('Type your message').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to chat');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat');
    await page.close();
  });

  it('is in Spanish for a Spanish-speaking customer and fits a phone screen', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/?account=NW-1002`);
    await page.getByText('Mi cuenta', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('#chat-notice').textContent()).toMatch(/asistente automático.*se graba/s);
    const sendBox = page.locator('#webchat input[type="text"], #webchat textarea').first();
    await sendBox.waitFor();
    expect(await sendBox.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });
});
