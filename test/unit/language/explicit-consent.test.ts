import { beforeAll, describe, expect, it } from 'vitest';
import { affirmConfidence, readConsent } from '../../../src/language/explicit-consent';
import { createLocalUnderstanding, type Understand } from '../../../src/language/understand';

/**
 * Issue #20 item 1: at "Shall I record that? Reply YES or NO" only an explicit yes records the
 * terms. Each phrase is read with the real local understanding, as the confirm prompt reads it.
 */
let understand: Understand;
beforeAll(() => {
  understand = createLocalUnderstanding();
}, 120_000);

async function consentOf(text: string, language: 'en' | 'es' = 'en') {
  const understanding = await understand(text, { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago', language });
  return readConsent(text, understanding);
}

const yesEn = [
  'yes', 'Yes', 'YES', 'yes.', 'Yes!', 'Yes!!!!', 'yess', 'yesss', 'yea', 'yeah', 'yep', 'yup', 'ys', 'sure', 'Sure!',
  'ok', 'OK', 'okay', 'Okay!', 'ok.', 'okk', 'correct', "that's right", 'thats right', 'I agree', 'i accept', 'go ahead',
  'do it', 'sounds good', 'sounds good to me', 'absolutely', 'of course', 'yes please', 'YES PLEASE', 'yes, set it up',
  'yes thank you', 'Yes. Thanks!', 'yes, sure', 'yeah sure', 'Yeah go ahead', 'Yes I confirm', 'yes, I agree',
  'Correct, thank you', 'yes that is fine', "that's fine with me", 'Absolutely, yes', 'yes do it', 'yes, that works',
  'yes, please record it', 'Sure thing!', 'Sure, set it up', 'Yes 👍', 'yes sir', "yes ma'am", 'no problem',
  // Opening with a listed yes, the rest read by the classifier as sure agreement
  'yes I can do that', 'yes I agree to that plan', "yeah that's fine with me", "Yes, that's perfect", "yes I'll do that",
];
const yesEs = [
  'sí', 'Sí', 'si', 'SI', 'sii', 'siii', 'sí, por favor', 'si porfa', 'claro', 'claro que sí', 'Sí, claro que sí', 'sí claro',
  'de acuerdo', 'Sí, de acuerdo', 'De acuerdo, sí', 'está bien', 'Está bien', 'sí, está bien', 'Sí, está bien así', 'dale',
  'Dale, gracias', 'correcto', 'Correcto, gracias', 'acepto', 'Sí acepto', 'sí confirmo', 'vale', 'Vale, sí', 'perfecto',
  'Sí, perfecto', 'Claro, adelante', 'sí, hágalo', 'por supuesto', 'si señor',
];

const notYes = [
  // The report's (issue #20): read as affirm by the classifier, and recorded
  'wait', 'hmm', 'asdf', 'test', 'k', 'ok?',
  // The brief's near misses
  'yes?', 'yes but can I change the date', 'ok wait', 'sure...?', 'hmm ok',
  // Questions, doubt, delay, conditions, other terms
  'yes? what does that mean', 'umm yes', 'ok but what about fees', 'is that the lowest?', 'yes, can you make it 50',
  'maybe tomorrow', 'let me check with my wife', 'I need to think about it', 'can I do the 20th instead', 'hold on',
  'sure, but not today', 'yes if I get paid', 'yes on the 15th', 'yes on friday', 'ok...', 'yes... wait', 'idk', 'maybe',
  'I guess', 'fine I guess', 'I suppose so', 'probably', 'yeah no', 'yes no', 'why not', 'ok thanks', 'k thx', 'kk', 'Y',
  'oki doki', 'yes 2', 'yes lol', 'yes test', 'hahaha yes', 'lol', '👍', '', '   ', '...', '?',
  'si pero el viernes', 'déjame pensarlo', 'no sé', 'no estoy seguro', 'quizás', 'tal vez', 'espera', 'un momento', 'a ver',
  'mmm', '¿sí?', 'sí?', 'creo que sí', 'supongo', 'lo que sea', 'ya veremos', 'sí, no, espera', 'jajaja si', 'sí, mañana',
];

const declines = [
  'no', 'No', 'NO', 'nope', 'Nope.', 'nah', 'no thanks', 'no thank you', 'not now', 'not right now', 'cancel it', 'nevermind',
  'nope, cancel it', "no, that's too much", "don't",
  'no gracias', 'No, gracias', 'no quiero', 'no por ahora', 'ahora no', 'mejor no', 'no puedo', 'cancelalo', 'para nada',
];

describe('explicit consent (issue #20 item 1)', () => {
  it.each(yesEn)('English yes: "%s"', async (text) => {
    expect(await consentOf(text)).toBe('yes');
  });

  it.each(yesEs)('Spanish yes: "%s"', async (text) => {
    expect(await consentOf(text, 'es')).toBe('yes');
  });

  it.each(notYes)('not a yes, asked again: "%s"', async (text) => {
    expect(await consentOf(text)).not.toBe('yes');
  });

  it.each(declines)('a clear no declines: "%s"', async (text) => {
    expect(await consentOf(text)).toBe('no');
  });

  it('a listed yes with a doubt word or mark anywhere is never a yes', () => {
    for (const yes of ['yes', 'sí', 'sure', 'ok', 'de acuerdo', 'go ahead']) {
      for (const doubt of ['wait', 'hmm', 'maybe', 'not sure', 'but', 'espera', 'no sé', 'quizás', 'pero', '?', '...']) {
        for (const text of [`${yes} ${doubt}`, `${doubt} ${yes}`, `${yes}, ${doubt}, ${yes}`]) {
          expect(readConsent(text, { intent: 'affirm', confidence: 1 }), text).toBe('unclear');
        }
      }
    }
  });

  it('the classifier alone is never a yes: a sure "affirm" needs a listed yes to open the message', () => {
    expect(readConsent('absolutely fantastic my friend', { intent: 'affirm', confidence: 1 })).toBe('yes');
    expect(readConsent('that would be fantastic', { intent: 'affirm', confidence: 1 })).toBe('unclear');
    expect(readConsent('yes I would like that', { intent: 'affirm', confidence: affirmConfidence - 0.01 })).toBe('unclear');
    expect(readConsent('yes I would like that', { intent: 'affirm', confidence: affirmConfidence })).toBe('yes');
    expect(readConsent('yes I would like that', { intent: 'affirm' })).toBe('unclear');
  });
});
