import { describe, expect, it } from 'vitest';
import { detectRights } from '../../../src/compliance/rights-detector';
import { matchRules } from '../../../src/language/rules';

/** Both readers must hear it: the phrase rules (local recognizer) and the rights detector (any recognizer). */
const heardAsBankruptcy = (text: string) => ({
  rules: matchRules(text).some((m) => m.intent === 'bankruptcy' && m.strong),
  detector: detectRights(text).intents.includes('bankruptcy'),
});

describe('bankruptcy phrases (RF-22: automatic stay, discharge injunction)', () => {
  it.each([
    // English, as debtors text it
    'im in bk',
    "I'm in BK",
    'we are in bk right now',
    'This company is reporting a debt that was part of my BK. It shows as open on my credit report.',
    'that card was included in my bk',
    'this was discharged in my bk',
    'I filed bk last year',
    'we declared bk in 2019',
    'my bk case number is 19-12345',
    'talk to my bk attorney',
    'i went through bk',
    // spellings
    'I filed bankrupcy',
    'this was in my bankruptsy',
    'i declared bancruptcy',
    'went bankrupt',
    'BANKRUPTCY',
    // chapters, also as complaint letters redact them
    'This debt was included in my chapter 7',
    'included in my Chapter XXXX filing in XX/XX/XXXX and discharged',
    'I am in a Chapter 13 plan and pay the trustee every month',
    'ch 13',
    'filed ch7',
    // court language
    'The debt was discharged in bankruptcy',
    'my debts were discharged',
    'The balance was discharged through the court in 2018',
    'You are violating the automatic stay',
    'my trustee pays this creditor',
    'I make trustee payments',
    // Spanish
    'me declaré en quiebra',
    'estoy en bancarrota',
    'la deuda se incluyó en mi banca rota',
    'esa deuda entró en la quiebra',
    'estoy en el capítulo 7',
    'me declaré insolvente',
  ])('hears "%s"', (text) => {
    expect(heardAsBankruptcy(text)).toEqual({ rules: true, detector: true });
  });

  it.each([
    'I live in BK',
    'meet me at the bk on 5th',
    'be bk soon',
    'bk lounge lol',
    'I moved money from my bk account',
    'the money is in my bk account already',
    'got a burger at BK',
    'I was discharged from the hospital last week',
    'he was honorably discharged',
    'my phone battery is discharged',
    'the patient was discharged yesterday',
    'I was discharged from the army in May',
    'read chapter 2 tonight',
    'the trustee sale on my house is scheduled',
    'my phone battery is dead, call back',
    'se me quebró el teléfono',
    'I go back to work monday',
  ])('does not hear "%s"', (text) => {
    expect(heardAsBankruptcy(text)).toEqual({ rules: false, detector: false });
  });
});
