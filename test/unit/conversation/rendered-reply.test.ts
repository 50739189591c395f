import { describe, expect, it } from 'vitest';
import { replyForChannel } from '../../../src/conversation/rendered-reply';
import { conversationMessages } from '../../../prompts/conversation';
import { replyInstructions } from '../../../prompts/channel-wording';
import type { Channel } from '../../../src/domain/channel';

const runs = [{ count: 12, amountCents: 10338 }];
/** The catalogue's questions and notes that carry a "Reply ..." instruction, as the dialogs send them. */
const catalogueLines = (['en', 'es'] as const).flatMap((language) => {
  const say = conversationMessages[language];
  return [
    say.anythingElse,
    say.rephrasePromise('2026-12-15'),
    say.noOffers,
    say.notConfirmed,
    say.noSettlement,
    say.payInFullOffer(124050, '2026-12-01'),
    say.planConfirm(runs, 'monthly', '2026-12-01', '2027-11-01'),
    say.promiseConfirm(20000, '2026-11-27'),
    say.settlementOffer(80000, 124050, '2026-12-01'),
    `${say.menuIntro} ${say.replyWithNumber}`,
  ].map((text) => [language, text] as const);
});
const message = (text: string) => ({ type: 'message', text });
const titles = (reply: ReturnType<typeof replyForChannel>) => reply.suggestedActions?.actions.map((action) => action.title) ?? [];

describe('each channel its own way: one definition of every "Reply ..." instruction (issue #15 item 5)', () => {
  it.each(catalogueLines)('web chat (%s): "%s" loses its instruction and gets its buttons', (_language, text) => {
    for (const channel of ['webchat', 'botframework'] as Channel[]) {
      const rendered = replyForChannel(message(text), channel);
      expect(rendered.text).not.toMatch(/\bReply\b|\breply \d|Responda|responda \d/);
      expect(rendered.text?.trim()).toBe(rendered.text);
      expect(rendered.text).not.toMatch(/ {2}|\s\./);
    }
  });

  it.each(catalogueLines)('SMS and the terminal chat (%s) keep "%s" word for word', (_language, text) => {
    for (const channel of ['sms', 'cli'] as Channel[]) expect(replyForChannel(message(text), channel)).toEqual(message(text));
  });

  it('a yes/no question gets Yes and No once, beside the buttons the dialog already offered', () => {
    const confirm = { ...message(conversationMessages.en.promiseConfirm(20000, '2026-11-27')), suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }, { type: 'imBack', title: 'No', value: 'No' }] } };
    const rendered = replyForChannel(confirm, 'webchat');
    expect(rendered.text).toMatch(/^To confirm: you will pay \$200\.00 on [\w ,]+2026\.$/);
    expect(titles(rendered)).toEqual(['Yes', 'No']);
  });

  it('"Anything else?" offers Menu and Bye buttons that send words the assistant reads', () => {
    expect(titles(replyForChannel(message(conversationMessages.en.anythingElse), 'webchat'))).toEqual(['Menu', 'Bye']);
    expect(titles(replyForChannel(message(conversationMessages.es.anythingElse), 'webchat'))).toEqual(['Menú', 'Adiós']);
    expect(replyForChannel(message(conversationMessages.en.anythingElse), 'webchat').text).toBe('Anything else?');
  });

  it('a rephrased question offers the menu; a line with no instruction is left alone', () => {
    expect(titles(replyForChannel(message(conversationMessages.en.rephrasePromise('2026-12-15')), 'webchat'))).toEqual(['Menu']);
    expect(titles(replyForChannel(message(conversationMessages.es.rephrasePromise('2026-12-15')), 'webchat'))).toEqual(['Menú']);
    const plain = message(conversationMessages.en.goodbye);
    expect(replyForChannel(plain, 'webchat')).toBe(plain);
  });

  it('every instruction defined is one the catalogues use', () => {
    const catalogue = JSON.stringify(catalogueLines);
    for (const instruction of Object.values(replyInstructions).flat()) expect(catalogue).toContain(instruction.sms);
  });
});
