import { describe, expect, it } from 'vitest';
import { matchRules } from '../../../src/language/rules';

const intentsOf = (text: string) => matchRules(text).map((m) => m.intent);

describe('phrase rules: a wrong amount, as complaint letters put it', () => {
  it.each([
    'They charged me more than the agreement said',
    'they are collecting more than I owe',
    'the account has excessive fees and interest added',
    'they keep adding late fees to an inflated balance',
    'My bill was not prorated for the month I cancelled',
    'the amount they claim I owe is double the original',
    'me cobraron más de lo que debo',
    'tiene cargos ocultos',
  ])('"%s" is dispute_wrong_amount', (text) => {
    expect(intentsOf(text)).toContain('dispute_wrong_amount');
  });

  it.each(['will I be charged extra for sending money abroad?', 'what are your fees', 'how much is the late fee'])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('dispute_wrong_amount');
  });
});

describe('phrase rules: a debt already paid, as complaint letters put it', () => {
  it.each([
    'The account was paid in full in 2019',
    'this debt has been settled',
    'the balance was paid through my payment plan',
    'my insurance paid for the visit',
    'I settled the debt with the original creditor',
    'it shows a zero balance with the hospital',
    'I have a receipt of payment',
    'ya está pagada',
    'el seguro lo pagó',
  ])('"%s" is payment_already_made', (text) => {
    expect(intentsOf(text)).toContain('payment_already_made');
  });

  it.each(['how do I pay my bill', 'can I pay it off early?', 'when will my salary be paid'])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('payment_already_made');
  });
});
