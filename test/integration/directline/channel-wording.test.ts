import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, type ReceivedActivity } from './directline-client';
import { DIRECTLINE_SECRET, startApp, type AppUnderTest } from '../../support/app-under-test';

/**
 * Issue #15 item 5 over the real Direct Line protocol: web chat shows buttons and no "Reply ..."
 * wording; the same questions over SMS keep it (test/integration/sms). English and Spanish.
 */
const titles = (activity: ReceivedActivity) => activity.suggestedActions?.actions.map((action) => action.title) ?? [];
const replyWording = /\bReply\b|\breply \d|\bResponda\b|\bresponda \d/;

async function webChat(app: AppUnderTest, accountId: string) {
  const user = { id: `portal-${accountId}`, name: accountId };
  const response = await fetch(`${app.domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, accountId }),
  });
  const { token } = (await response.json()) as { token: string };
  const client = connectClient(app.domain, token, user);
  /** Sends, waits for the replies to that message, and returns them with their text joined. */
  const say = async (text: string, expectedReplies = 1) => {
    const id = await client.send(text);
    await client.waitFor((activity) => activity.id === id);
    for (let n = 0; n < expectedReplies; n += 1) await client.waitFor(() => client.received.filter((activity) => activity.replyToId === id).length > n);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const replies = client.received.filter((activity) => activity.replyToId === id);
    return { replies, text: replies.map((activity) => activity.text ?? '').join('\n'), buttons: replies.flatMap(titles) };
  };
  return { say, close: () => client.end() };
}

describe('web chat speaks with buttons, never "Reply ..."', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
  });
  afterEach(async () => {
    await app.close();
  });

  it.each([
    ['English', 'NW-1001', { greet: 'Hi', promise: "I'll pay 100 on Friday", yes: 'Yes', menu: 'Menu', bye: 'Bye', gibberish: 'asdf qwer', person: 'Talk to a person' }],
    ['Spanish', 'NW-1002', { greet: 'Hola', promise: 'pago 100 el viernes', yes: 'Sí', menu: 'Menú', bye: 'Adiós', gibberish: 'asdf qwer', person: 'Hablar con una persona' }],
  ] as const)('%s: the confirmation, "anything else" and "didn\'t understand" as buttons', async (_language, accountId, words) => {
    const chat = await webChat(app, accountId);
    try {
      const greeting = await chat.say(words.greet, 2);
      expect(greeting.text).not.toMatch(replyWording);
      const confirm = await chat.say(words.promise);
      expect(confirm.text).not.toMatch(replyWording);
      expect(confirm.buttons).toEqual(expect.arrayContaining([words.yes, 'No']));
      const done = await chat.say(words.yes.toLowerCase(), 2);
      expect(done.text).not.toMatch(replyWording);
      expect(done.buttons).toEqual(expect.arrayContaining([words.menu, words.bye]));
      const lost = await chat.say(words.gibberish);
      expect(lost.text).not.toMatch(replyWording);
      expect(lost.buttons.length).toBeGreaterThan(0);
    } finally {
      chat.close();
    }
  });
});
