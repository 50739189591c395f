import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, type ReceivedActivity } from './directline-client';
import { DIRECTLINE_SECRET, startApp, type AppUnderTest } from '../../support/app-under-test';

async function generateToken(app: AppUnderTest, body: unknown) {
  const response = await fetch(`${app.domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { conversationId: string; token: string };
}

const titles = (activity: ReceivedActivity) => activity.suggestedActions?.actions.map((action) => action.title) ?? [];

describe('web chat through botframework-directlinejs, from "Hi" to a recorded plan', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
  });
  afterEach(async () => {
    await app.close();
  });

  it('greets the vouched customer by name with the balance, offers plans as buttons, and records the chosen one', async () => {
    const { token } = await generateToken(app, { user: { id: 'portal-NW-1001', name: 'Maria' }, accountId: 'NW-1001' });
    const maria = connectClient(app.domain, token, { id: 'portal-NW-1001', name: 'Maria' });
    try {
      /** Sends, then waits for the replies to that message; returns them in order. */
      const say = async (text: string, expectedReplies = 1) => {
        const id = await maria.send(text);
        await maria.waitFor((activity) => activity.id === id);
        for (let n = 0; n < expectedReplies; n += 1) await maria.waitFor(() => maria.received.filter((activity) => activity.replyToId === id).length > n);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return maria.received.filter((activity) => activity.replyToId === id);
      };

      const greeting = await say('Hi', 2);
      const greetingText = greeting.map((activity) => activity.text).join('\n');
      expect(greetingText).toMatch(/automated assistant/i);
      expect(greetingText).toMatch(/Thanks, Maria\. Your balance is \$1,240\.50\./);
      expect(greetingText).not.toMatch(/date of birth/i);
      const menu = greeting.find((activity) => titles(activity).length > 0)!;
      expect(titles(menu)).toContain('Set up a payment plan');
      expect(menu.text).not.toMatch(/^2 /m);

      const planValue = menu.suggestedActions!.actions.find((action) => action.title === 'Set up a payment plan')!.value;
      const plans = (await say(planValue)).find((activity) => titles(activity).length > 0)!;
      expect(plans.suggestedActions!.actions.length).toBeGreaterThan(0);

      const confirm = await say(plans.suggestedActions!.actions[0]!.value);
      expect(confirm.map((activity) => activity.text).join('\n')).toMatch(/^To confirm: /m);
      // The plan's schedule as a receipt card: one row per installment, the balance as the total.
      const schedule = confirm.flatMap((activity) => activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.receipt');
      expect(schedule?.content.total).toBe('$1,240.50');
      expect(schedule?.content.items.length).toBeGreaterThan(1);

      const done = await say('yes');
      const doneText = done.map((activity) => activity.text).join('\n');
      expect(doneText).toMatch(/Done\. Your plan is set up/);
      // The payment link is a button, not a URL in the text.
      const payButton = done.flatMap((activity) => activity.attachments ?? []).flatMap((a) => a.content.buttons ?? [])[0];
      expect(payButton).toMatchObject({ type: 'openUrl', value: expect.stringMatching(/^https:\/\/amicable\.example\.test\/pay\?/) });
      // Plain text only: Web Chat would render markdown in a reply that quotes portfolio data.
      const botMessages = maria.received.filter((activity) => activity.from.role === 'bot' && activity.type === 'message');
      expect(botMessages.length).toBeGreaterThan(4);
      for (const activity of botMessages) expect((activity as { textFormat?: string }).textFormat).toBe('plain');
    } finally {
      maria.end();
    }

    const { status, body } = await app.operator('/api/accounts/NW-1001');
    expect(status).toBe(200);
    expect(body.arrangements).toHaveLength(1);
    expect(body.arrangements[0]).toMatchObject({ kind: 'plan', status: 'active', totalCents: 124050, channel: 'webchat' });
  });

  it('asks an unvouched visitor for the number on the account, then verifies as an SMS sender would', async () => {
    const { token } = await generateToken(app, { user: { id: 'visitor-7' } });
    const visitor = connectClient(app.domain, token, { id: 'visitor-7' });
    try {
      const hi = await visitor.send('Hi');
      await visitor.waitFor((activity) => activity.replyToId === hi && /mobile number/i.test(activity.text ?? ''));
      const phone = await visitor.send('(512) 555-0101');
      await visitor.waitFor((activity) => activity.replyToId === phone && /date of birth/i.test(activity.text ?? ''));
      expect(visitor.received.map((activity) => activity.text).join('\n')).not.toMatch(/\$|balance/i);
      const dob = await visitor.send('March 14, 1985');
      await visitor.waitFor((activity) => activity.replyToId === dob && /ZIP/.test(activity.text ?? ''));
      const zip = await visitor.send('78701');
      await visitor.waitFor((activity) => activity.replyToId === zip && /Your balance is \$1,240\.50/.test(activity.text ?? ''));
    } finally {
      visitor.end();
    }
  });
});
