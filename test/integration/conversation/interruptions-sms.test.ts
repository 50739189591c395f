import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversations } from '../compliance/conversation-harness';

/**
 * Issue #15's own transcript, end to end over SMS (signed Twilio webhook, real app): at the promise
 * question "I get paid on the 15th", "the 15th", an emoji, "menu", a settlement question and "asdf"
 * used to get the same prompt word for word. Now no reply is the previous one again.
 */
let conversations: Conversations;
beforeAll(async () => {
  conversations = await Conversations.start('2026-12-03T18:00:00Z');
}, 120_000);
afterAll(() => conversations.close());

describe('the promise question over SMS (issue #15)', () => {
  it('keeps the date, never repeats itself, and MENU works there', async () => {
    const say = await conversations.maria();
    const replies: string[] = [];
    const turn = async (text: string) => {
      const reply = await say(text);
      expect(reply, `after "${text}": the previous reply again`).not.toBe(replies.at(-1));
      replies.push(reply);
      return reply;
    };
    expect(await turn('3')).toMatch(/How much will you pay, and on what date\?/);
    expect(await turn('I get paid on the 15th')).toMatch(/How much would you like to pay on Tuesday, December 15\? You can pay the full \$1,240\.50 or part of it\./);
    expect(await turn('the 15th')).toMatch(/Sorry, I didn't catch that\. How much would you like to pay on Tuesday, December 15\?/);
    // Rephrased, and still only the missing part: the date is kept.
    expect(await turn('🙂')).toMatch(/Please send just the amount you will pay on December 15, 2026, for example "150" \(up to \$1,240\.50\)/);
    expect(await turn('asdf')).toMatch(/I'm not sure I'm following[\s\S]*5 Talk to a person/);
    expect(await turn('3')).toMatch(/How much will you pay, and on what date\?/);
    expect(await turn('menu')).toMatch(/What would you like to do\?/);
  });
});
