import { describe, expect, it } from 'vitest';
import { withoutDisclaimedRights } from '../../../src/compliance/disclaimed-rights';
import { detectRights } from '../../../src/compliance/rights-detector';
import { normalizeForMatching } from '../../../src/compliance/normalize';
import type { Intent } from '../../../src/domain/intents';

describe('a right named only to be disclaimed is not invoked (AI-02, issue #16 item 3)', () => {
  it.each<[string, Intent]>([
    ["I'm not disputing the balance, I just want a plan", 'dispute_not_my_debt'],
    ["I don't have a lawyer, I'd rather work it out with you", 'attorney_represented'],
    ["I'm not bankrupt and I don't want to go that route", 'bankruptcy'],
    ['I thought about filing for bankruptcy but decided against it', 'bankruptcy'],
    ['my brother went through a chapter 7 bankruptcy and told me to call you', 'bankruptcy'],
    ['you don\'t need to send me proof or any validation letter, I know it is mine', 'debt_validation_request'],
    ['I went through the itemized statement you mailed and it all matches', 'debt_validation_request'],
    ['nobody stole my identity, I opened this card myself', 'dispute_identity_theft'],
    ["I'm not asking you to stop calling me, just call after 5", 'cease_contact'],
    ['I have no complaints about how I was treated', 'collector_conduct_complaint'],
    ['how much would it be if I paid it in full this month?', 'dispute_not_my_debt'],
    ['no estoy disputando la deuda, solo quiero un plan', 'dispute_not_my_debt'],
    ['no tengo abogado ni lo necesito', 'attorney_represented'],
    ['no me voy a declarar en bancarrota, quiero pagar', 'bankruptcy'],
    ['no les pido que dejen de llamarme, solo que sea en la tarde', 'cease_contact'],
    ['no tengo ninguna queja del trato', 'collector_conduct_complaint'],
  ])('"%s" is no %s', (text, right) => {
    expect(detectRights(text).intents).not.toContain(right);
  });

  it.each<[string, Intent]>([
    ["you don't have to send me anything, just stop calling me", 'cease_contact'],
    ["I'm not asking, I'm telling you: stop contacting me", 'cease_contact'],
    ["I don't need a lawyer to tell me this isn't my debt", 'dispute_not_my_debt'],
    ["I don't have a lawyer, but I filed for bankruptcy in May", 'bankruptcy'],
    ['I dispute this debt, it is not mine', 'dispute_not_my_debt'],
    ['I have a lawyer now and I am not disputing anything with you', 'attorney_represented'],
    ['no estoy disputando el saldo, pero dejen de llamarme', 'cease_contact'],
    ['no tengo abogado pero ya me declaré en bancarrota', 'bankruptcy'],
    ['I already paid it in full last month', 'payment_already_made'],
  ])('"%s" still invokes %s: only the disclaimed words are blanked', (text, right) => {
    expect(detectRights(text).intents).toContain(right);
  });

  it('keeps the length of the text, so what follows is read where it was', () => {
    const text = normalizeForMatching("I'm not disputing it. Stop calling me.");
    const without = withoutDisclaimedRights(text);
    expect(without).toHaveLength(text.length);
    expect(without.endsWith('stop calling me.')).toBe(true);
  });
});
