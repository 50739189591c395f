import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../support/app-under-test';
import { chromiumAvailable, launchBrowser, seriousAccessibilityViolations, watchPage } from '../support/browser';
import { SmsClient } from '../support/sms-client';
import { SPECIALISTS, startHandoffHarness } from '../integration/handoff/handoff-harness';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;

/** Keyboard only: the control takes focus and Enter (or Space) works it; no mouse event is sent. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.insertText(text);
}

/** Serious or critical axe violations on the page as it stands, named for the failure message. */
async function accessibility(page: Page, screen: string) {
  return { screen, violations: await seriousAccessibilityViolations(page) };
}

/** The server's fixed time, and the browser's from it: the console counts clocks down in the browser. */
const harnessNow = '2026-12-03T15:00:00Z';

describe.skipIf(!chromiumAvailable())('the specialist\'s workbench, in Chromium', () => {
  let browser: Browser;
  let harness: Harness;
  beforeAll(async () => {
    browser = await launchBrowser({ timezoneId: 'America/Chicago' });
    harness = await startHandoffHarness({ store: 'memory', now: harnessNow });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
    await browser?.close();
  });

  it('works a Spanish case by keyboard: claim, template reply in Spanish, plan proposal, the debtor\'s yes by SMS, resolved with an outcome', async () => {
    mkdirSync('test-results', { recursive: true });
    const screens = [];
    // José verifies by text and tells us he lost his job: a hardship case in Spanish.
    const jose = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+13055550102' });
    for (const text of ['Hola', '02/11/1979', '33130', 'perdí mi trabajo y no puedo pagar']) await jose.send(text);
    // Maria disputes: a second case, so the queue has something to filter out.
    const maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    await maria.send('This is not my debt, I dispute it');

    const page = await browser.context.newPage();
    // Without it the 30-day dispute clock read "29 d 22 h" once the day's real time had moved two
    // hours past the server's.
    await page.clock.install({ time: new Date(harnessNow) });
    const problems = await watchPage(page);
    await page.goto(`${harness.deskUrl}/console/`);
    await page.getByLabel('Name').waitFor();
    screens.push(await accessibility(page, 'sign-in'));
    await typeInto(page.getByLabel('Name'), 'sam');
    await typeInto(page.getByLabel('Password'), SPECIALISTS.sam);
    await press(page.getByLabel('Password'));
    await page.getByText('Signed in as sam').waitFor();
    await page.getByText('Times are shown in your time zone, America/Chicago.').waitFor();
    await page.locator('#queue-list button').nth(1).waitFor();
    screens.push(await accessibility(page, 'queue'));

    // Filter to Spanish speakers; the live queue answers through the feed.
    await page.getByLabel('Language').selectOption('es');
    await expect.poll(() => page.locator('#queue-list button').count(), { timeout: 10_000 }).toBe(1);
    const caseButton = page.locator('#queue-list button').first();
    await expect.poll(() => caseButton.textContent()).toMatch(/hardship · NW-1002.*Spanish.*SLA (due in|overdue by)/);
    await press(caseButton);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-title');
    await page.getByText('Writes in Spanish').waitFor();
    // Opened 9:00 AM Chicago time, shown with its zone.
    await expect.poll(() => page.locator('#case-meta').textContent()).toMatch(/opened Dec 3, 2026, 9:00\s?AM CST/);
    await press(page.getByRole('button', { name: 'Claim' }));
    await page.getByRole('button', { name: 'Send template' }).waitFor();
    expect(harness.twilioApi.sent.at(-1)!.Body).toMatch(/^sam, un especialista, se unió/);

    // An approved template, in Spanish, filled from the record.
    await page.getByLabel('Template').selectOption('greeting');
    await expect.poll(() => page.locator('#template-preview').textContent()).toBe('Hola José, soy sam de Northwind Energy. Leí nuestra conversación y estoy aquí para ayudarle.');
    await press(page.getByRole('button', { name: 'Send template' }));
    await page.locator('#transcript').getByText('Hola José, soy sam de Northwind Energy', { exact: false }).waitFor();

    // English typed to a Spanish speaker: the console warns before anything goes.
    const sentBefore = harness.twilioApi.sent.length;
    await typeInto(page.getByLabel('Reply to the debtor'), 'Hi Jose, I can help you with a payment plan.');
    await press(page.getByRole('button', { name: 'Send', exact: true }));
    await page.getByText('This debtor writes in Spanish, but this reply reads as English. Send it anyway?').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('send-anyway');
    screens.push(await accessibility(page, 'case, language warning'));
    await press(page.getByRole('button', { name: 'Keep editing' }));
    expect(harness.twilioApi.sent.length).toBe(sentBefore);

    // The engine's 18-month plan, past the policy's 12 and within sam's authority.
    const eighteen = JSON.stringify({ kind: 'plan', frequency: 'monthly', count: 18, firstDueDate: '2026-12-03' });
    await page.locator('#offer select').locator(`option[value='${eighteen}']`).waitFor({ state: 'attached' });
    await page.getByLabel('Terms from the offer engine').selectOption(eighteen);
    await press(page.getByRole('button', { name: 'Propose to the debtor' }));
    await page.getByText(/Last proposal by sam: pending/).waitFor();
    expect(harness.twilioApi.sent.slice(sentBefore).map((m) => m.Body).join(' ')).toMatch(/sam le puede ofrecer: \$47\.78 al mes durante 18 meses \(los últimos 4 son de \$47\.77\)/);

    // José says yes by text: the plan is recorded as sam's.
    const yes = await jose.send('sí');
    expect(yes.messages[0]).toMatch(/^Listo\. Su plan quedó registrado/);
    await page.getByText(/Last proposal by sam: accepted/).waitFor({ timeout: 10_000 });
    await page.locator('#account').getByText('plan (active, by sam)').waitFor();
    await press(page.getByRole('button', { name: 'Show the timeline' }));
    await page.locator('#timeline').getByText(/plan .*: \$860\.00, 18 payments from 2026-12-03 to 2028-05-03, proposed by sam; now active/).waitFor();
    screens.push(await accessibility(page, 'case, claimed, with timeline'));
    await page.screenshot({ path: 'test-results/workbench-case.png', fullPage: true });

    await page.getByLabel('Outcome code').selectOption('plan_set');
    await page.getByLabel('Hand back to the assistant').selectOption('');
    await press(page.getByRole('button', { name: 'Resolve' }));
    await page.getByText('Outcome: plan set (Plan set)').waitFor();
    const report = (await harness.app.operator('/api/reports/summary?from=2026-12-03&to=2026-12-03')).body;
    expect(report.desk.bySpecialist).toEqual([expect.objectContaining({ specialist: 'sam', resolved: 1, byOutcome: expect.objectContaining({ plan_set: 1 }) })]);

    // The dispute case: its workflow panel and response clock.
    await page.getByLabel('Language').selectOption('');
    await page.locator('#filters [name=reason]').selectOption('dispute');
    await expect.poll(() => page.locator('#queue-list button').count(), { timeout: 10_000 }).toBe(1);
    // The policy's 30-day clock, counted down in the browser from the server's time: a busy CI
    // machine can take past the half minute that rounds it to "29 d 23 h" before this look.
    await expect.poll(() => page.locator('#queue-list button').first().textContent()).toMatch(/dispute received, answer due in (?:30 d 0 h|29 d 23 h)/);
    await press(page.locator('#queue-list button').first());
    await press(page.getByRole('button', { name: 'Claim' }));
    await page.getByLabel('Next step').waitFor();
    await page.getByLabel('Next step').selectOption('information_requested');
    await press(page.getByRole('button', { name: 'Record step' }));
    await page.locator('#dispute-steps').getByText(/information requested by sam/).waitFor();
    await page.getByLabel('Next step').selectOption('resolved:corrected');
    await page.getByLabel('Amount in dollars').waitFor();
    screens.push(await accessibility(page, 'case, dispute'));

    expect(screens.filter((screen) => screen.violations.length > 0)).toEqual([]);
    // The check can fail: a control without a label is a critical violation.
    await page.evaluate(() => document.querySelector('#note')!.append(document.createElement('input')));
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toContain('label');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
