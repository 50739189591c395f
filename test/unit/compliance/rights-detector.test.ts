import { describe, expect, it } from 'vitest';
import { detectRights } from '../../../src/compliance/rights-detector';
import type { Intent } from '../../../src/domain/intents';

/**
 * The project's own examples (eval/README: scarce intents need them), written for this table.
 * Each row: what a debtor texts, and the intents that must fire.
 */
const invocations: [string, Intent[]][] = [
  // RF-07 cease and refusal to pay
  ['Stop contacting me about this', ['cease_contact']],
  ["Don't contact me again", ['cease_contact']],
  ['leave me alone', ['cease_contact']],
  ['Quit calling me!!', ['cease_contact']],
  ["I'm not paying this", ['refusal_to_pay']],
  ['I refuse to pay', ['refusal_to_pay']],
  ["I won't pay you anything", ['refusal_to_pay']],
  ['Dejen de llamarme', ['cease_contact']],
  ['déjenme en paz', ['cease_contact']],
  ['No voy a pagar eso', ['refusal_to_pay']],
  // RF-18 disputes
  ['This is not my debt', ['dispute_not_my_debt']],
  ["this isn't my debt", ['dispute_not_my_debt']],
  ['this isnt my debt', ['dispute_not_my_debt']],
  ["that wasn't my account", ['dispute_not_my_debt']],
  ['it aint my bill lol', ['dispute_not_my_debt']],
  ["I don't owe this", ['dispute_not_my_debt']],
  ['I never had an account with them', ['dispute_not_my_debt']],
  ["I don't recognize this", ['dispute_not_my_debt']],
  ["that's not right", ['dispute_not_my_debt']],
  ['this should have been covered by insurance', ['dispute_not_my_debt']],
  ['I returned the item', ['dispute_not_my_debt']],
  ['Esta deuda no es mía', ['dispute_not_my_debt']],
  ['no reconozco este cargo', ['dispute_not_my_debt']],
  ['I already paid this', ['payment_already_made', 'dispute_not_my_debt']],
  ['I paid this in 2021, check your records', ['payment_already_made', 'dispute_not_my_debt']],
  ['Ya pagué', ['payment_already_made', 'dispute_not_my_debt']],
  ['why is it $1,204, I only owed $800', ['dispute_wrong_amount']],
  ['the amount is wrong', ['dispute_wrong_amount']],
  ['why is it so high', ['dispute_wrong_amount']],
  ['you charged me twice', ['dispute_wrong_amount']],
  ['La cantidad está mal', ['dispute_wrong_amount']],
  ['el saldo es incorrecto', ['dispute_wrong_amount']],
  // RF-22 identity theft and bankruptcy
  ['Someone opened this in my name', ['dispute_identity_theft']],
  ['this is identity theft', ['dispute_identity_theft']],
  ['Fui víctima de robo de identidad', ['dispute_identity_theft']],
  ['I filed chapter 7 last month', ['bankruptcy']],
  ['I filed for bankruptcy last week', ['bankruptcy']],
  ['my debts were discharged', ['bankruptcy']],
  ['me declaré en bancarrota', ['bankruptcy']],
  ['estoy en quiebra', ['bankruptcy']],
  // RF-17 validation
  ['prove it', ['debt_validation_request']],
  ['send me validation', ['debt_validation_request']],
  ['verify this debt', ['debt_validation_request']],
  ['who is the original creditor?', ['debt_validation_request']],
  ['Envíenme la prueba de la deuda', ['debt_validation_request']],
  // RF-08 attorney
  ['my lawyer handles this', ['attorney_represented']],
  ['Talk to my attorney', ['attorney_represented']],
  ['My attorney Jane Doe at Doe Law will contact you', ['attorney_represented']],
  ['hable con mi abogado', ['attorney_represented']],
  // RF-12 deceased
  ['my mother passed away', ['deceased']],
  ['he died in March', ['deceased']],
  ['My dad passed, how much did he owe?', ['deceased']],
  ['mi esposo falleció', ['deceased']],
  // RF-11 wrong number
  ['wrong number', ['wrong_number']],
  ["who is this? I don't know a Dana", ['wrong_number']],
  ["wrong number, I'm not John", ['wrong_number']],
  ['número equivocado', ['wrong_number']],
  ['no soy esa persona', ['wrong_number']],
  // FL-02 hardship
  ['I lost my job', ['hardship']],
  ["I can't afford it", ['hardship']],
  ['drowning in medical bills', ['hardship']],
  ['Perdí mi trabajo', ['hardship']],
  ['no tengo dinero', ['hardship']],
  // AI-01 a person
  ['talk to a person', ['request_human']],
  ['can I speak with a human', ['request_human']],
  ['I want an agent', ['request_human']],
  ['let me talk to a representative', ['request_human']],
  ['quiero hablar con una persona', ['request_human']],
  // AI-04 complaints
  ["I'm reporting you to the CFPB", ['collector_conduct_complaint']],
  ['this is harassment', ['collector_conduct_complaint']],
  ['voy a poner una queja', ['collector_conduct_complaint']],
  ['they keep calling my job', ['collector_conduct_complaint']],
  ['the fee you charged is wrong', ['dispute_wrong_amount']],
];

describe('AI-02 rights detection (English and Spanish)', () => {
  it.each(invocations)('"%s" invokes %j', (text, expected) => {
    expect(detectRights(text).intents).toEqual(expect.arrayContaining(expected));
  });

  it('fires every intent of a mixed message (AI-02 multi-intent)', () => {
    expect(detectRights("I'm not paying, my lawyer says this isn't mine").intents).toEqual(
      expect.arrayContaining(['refusal_to_pay', 'attorney_represented', 'dispute_not_my_debt']),
    );
  });
});

describe('AI-02 ordinary messages invoke no rights', () => {
  it.each([
    'stop by the store',
    "I'll pay when I get paid",
    'can I pay 100 a month',
    'what is my balance',
    'I can pay $50 on Friday',
    'yes please',
    'Thanks!',
    'my battery died, sorry',
    "I don't know yet",
    "I'm not sure",
    'puedo pagar 100 al mes',
    '¿cuánto debo?',
    'I will pay the rest next week',
    'I called my family last night',
    "I'm calling my boss tomorrow",
  ])('"%s"', (text) => {
    expect(detectRights(text)).toEqual({ intents: [], keyword: null, identityQuestion: null, claimedOffer: null, contactPreference: null });
  });
});

describe('TC-02 / RF-06 opt-outs in free text', () => {
  it.each(['please stop texting me', 'pls stop', 'STOP PLEASE', 'no more texts', 'take me off your list', 'unsubscribe me', 'quit messaging me', 'No me envíen más mensajes', 'no me escriban más'])(
    '"%s" opts out of texts',
    (text) => {
      expect(detectRights(text).keyword).toBe('opt_out');
    },
  );

  it('reads "stop texting" as texts only, not a cease (RF-07 test)', () => {
    expect(detectRights('Stop texting me').intents).not.toContain('cease_contact');
  });

  it('reads "stop calling me, texting is fine" as calls only (RF-06 test)', () => {
    const detection = detectRights('stop calling me, texting is fine');
    expect(detection).toMatchObject({ intents: ['contact_preference'], keyword: null });
    expect(detection.contactPreference).toMatchObject({ stoppedMedia: ['calls'], preferredMedia: ['sms'] });
  });

  it('passes whole-message keywords through', () => {
    expect(detectRights('STOP').keyword).toBe('opt_out');
    expect(detectRights('HELP').keyword).toBe('help');
    expect(detectRights('START').keyword).toBe('opt_in');
  });
});
