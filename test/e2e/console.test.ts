import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, watchPage } from '../support/browser';
import { SPECIALISTS, startHandoffHarness } from '../integration/handoff/handoff-harness';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;

const bubbles = (page: Page) => page.locator('#webchat .webchat__bubble__content');
const bubble = (page: Page, text: RegExp) => bubbles(page).filter({ hasText: text }).first().waitFor({ timeout: 10_000 });

describe.skipIf(!chromiumAvailable())('a specialist takes over a web chat from the console, in Chromium', () => {
  // Two browsers, so the debtor and the specialist share no cookies or storage.
  let debtorBrowser: Browser;
  let specialistBrowser: Browser;
  let harness: Harness;
  beforeAll(async () => {
    [debtorBrowser, specialistBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([debtorBrowser?.close(), specialistBrowser?.close()]);
  });
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('goes dispute, queue, claim, reply in the web chat, resolve with hand-back, and the assistant continues', async () => {
    mkdirSync('test-results', { recursive: true });
    const debtor = await debtorBrowser.context.newPage();
    await debtor.goto(`${harness.app.baseUrl}/?account=NW-1001`);
    const sendBox = debtor.getByPlaceholder('Type your message');
    await sendBox.fill('This is not my debt, I dispute it');
    await sendBox.press('Enter');
    await bubble(debtor, /dispute this/);

    const console_ = await specialistBrowser.context.newPage();
    const problems = await watchPage(console_);
    const response = await console_.goto(`${harness.deskUrl}/console/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await console_.getByLabel('Name').fill('sam');
    await console_.getByLabel('Password').fill(SPECIALISTS.sam);
    await console_.getByRole('button', { name: 'Sign in' }).click();
    await console_.getByText('Signed in as sam').waitFor();
    expect(await console_.locator('#sign-in').isVisible()).toBe(false);
    const cookies = await specialistBrowser.context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'amicable_console')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });

    const queued = console_.locator('#queue-list button').filter({ hasText: 'dispute · NW-1001' });
    await queued.waitFor({ timeout: 10_000 });
    await queued.click();
    await console_.getByText('Reason: dispute.', { exact: false }).waitFor();
    await console_.locator('#transcript').getByText('This is not my debt, I dispute it').waitFor();
    await console_.getByRole('button', { name: 'Claim' }).click();
    await bubble(debtor, /sam, a specialist, has joined/);

    const markup = 'Hi Maria, I am reviewing your dispute. <img src=x onerror="document.title=\'owned\'">';
    await console_.getByLabel('Reply to the debtor').fill(markup);
    await console_.getByRole('button', { name: 'Send', exact: true }).click();
    await bubble(debtor, /I am reviewing your dispute/);
    // Typed markup reaches the debtor as text on both sides, never as an element.
    await bubble(debtor, /<img src=x onerror=/);
    expect(await bubbles(debtor).locator('img').count()).toBe(0);
    await console_.locator('#transcript').getByText(markup).waitFor();
    expect(await console_.locator('#transcript img').count()).toBe(0);

    await console_.getByLabel('Internal note').fill('Customer says the account is not hers');
    await console_.getByRole('button', { name: 'Add note' }).click();
    await console_.locator('#transcript').getByText('Customer says the account is not hers').waitFor();
    await console_.screenshot({ path: 'test-results/console-claimed.png', fullPage: true });

    await console_.getByLabel('Outcome code').selectOption('other');
    await console_.getByLabel('Outcome', { exact: true }).fill('Dispute recorded; validation notice to be mailed');
    await console_.getByLabel('Hand back to the assistant').selectOption('menu');
    await console_.getByRole('button', { name: 'Resolve' }).click();
    await bubble(debtor, /back with the automated assistant/);
    await console_.locator('#case-meta').getByText(/^resolved by sam/).waitFor();

    const before = await bubbles(debtor).count();
    await sendBox.fill('menu');
    await sendBox.press('Enter');
    await expect.poll(() => bubbles(debtor).count(), { timeout: 10_000 }).toBeGreaterThan(before + 1);
    await debtor.screenshot({ path: 'test-results/console-debtor.png', fullPage: true });

    expect(await console_.title()).not.toBe('owned');
    expect(problems).toEqual([]);
    await Promise.all([debtor.close(), console_.close()]);
  });
});
