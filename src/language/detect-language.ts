import type { Language } from '../domain/account';
import { normalizeForMatching } from '../compliance/normalize';

/**
 * Per-message language, by counting marker words. A message with no signal either way ("STOP",
 * "1", "ok", "no", "$100") keeps the conversation's language, so the debtor's language is followed,
 * never guessed from a keyword. Spanish words English texters also write ("ya", "son", "sin",
 * "hay") are no marker: "wait ya" had switched an English conversation to Spanish.
 */
const spanish = new Set(
  ('si que de el la los las del por para con una uno es esta estoy soy quiero puedo pagar pago pague pagado ' +
    'debo deuda cuanto cuando como donde quien porque pero tengo tiene hola gracias buenos buenas dias tardes noches ' +
    'mi mis te le les nos yo usted ustedes ella ellos muy mas menos todo nada nunca siempre ahora hoy manana ' +
    'semana mes viernes lunes martes miercoles jueves sabado domingo dinero dolares abogado numero equivocado ' +
    'favor ayuda hablar persona llamar llamen dejen no_se claro vale bueno esto eso aqui alli tambien hasta luego adios ' +
    'necesito hacer plan cada al sin trabajo murio fallecio bancarrota nombre fecha nacimiento codigo postal ' +
    'ultimos cuatro opcion espanol ingles cancelar olvidalo repetir entendi quiere sabe cual cuales estan ' +
    'puede podria seria estaba fue hace otra otro proximo pasado dolar cien mil dos tres algun alguna descuento cuenta mensajes').split(' '),
);
const english = new Set(
  ('the an is are was were i you he she it we they my your his her our this that what who how when where why ' +
    'can could would will should do does did dont cant wont im ive ill owe pay paid payment debt balance much ' +
    'please thanks thank hi hello hey yes yeah yep nope not with from for of to in on at by and or but if ' +
    'him them us about have has had get got want need talk speak call text number wrong lawyer attorney ' +
    'month week friday monday tomorrow today next dollars bucks money plan help person human bot who sorry know ' +
    'just now right be been am it\'s that\'s there here some any all every send link ' +
    // a hesitation ("wait ya", "hold on ya"): "ya" alone must not make it Spanish
    'wait hold hang think lemme gimme sec minute').split(' '),
);

export function detectLanguage(text: string, current: Language): Language {
  const raw = text.toLowerCase();
  let es = /[ñ¿¡]/.test(raw) ? 2 : 0;
  if (/[áéíóú]/.test(raw)) es += 1;
  let en = 0;
  for (const word of normalizeForMatching(text).match(/[a-z']+/g) ?? []) {
    if (spanish.has(word)) es++;
    if (english.has(word)) en++;
  }
  if (es === en) return current;
  if (es > en) return es >= 1 ? 'es' : current;
  return en >= 1 ? 'en' : current;
}
