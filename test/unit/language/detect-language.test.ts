import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/language/detect-language';

describe('language detection per message', () => {
  it.each([
    ['ya pagué esto', 'es'],
    ['¿cuánto debo?', 'es'],
    ['sí', 'es'],
    ['no puedo pagar todo, puedo pagar 100 al mes', 'es'],
    ['mi abogado se encarga de esto', 'es'],
    ['who is this', 'en'],
    ['cant do 1240 rn, maybe 100/mo?', 'en'],
    ['my lawyer handles this', 'en'],
    ['how much do I owe', 'en'],
    ['ya lo pague', 'es'],
    ['ya no quiero mas mensajes', 'es'],
    ['hay algun descuento', 'es'],
    ['ok ya i paid it yesterday', 'en'],
  ] as const)('%s -> %s', (text, language) => {
    expect(detectLanguage(text, language === 'es' ? 'en' : 'es')).toBe(language);
  });

  it.each([['STOP'], ['1'], ['ok'], ['no'], ['$100'], ['60614'], [''], ['ya'], ['ya ya ok'], ['son'], ['hay']])('%s keeps the conversation language', (text) => {
    expect(detectLanguage(text, 'es')).toBe('es');
    expect(detectLanguage(text, 'en')).toBe('en');
  });
});
