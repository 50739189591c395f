import type { Intent } from '../domain/intents';
import { isJunkText } from './junk-text';
import { normalizeForMatching } from '../compliance/normalize';

/**
 * What the debtor's words say to "Shall I record that? Reply YES or NO": an arrangement is
 * recorded only on an explicit yes (issue #20 item 1). Everything else (a question, a doubt, a
 * letter, junk) is `unclear`, which re-asks; only a clear no declines.
 */
export type Consent = 'yes' | 'no' | 'unclear';

/**
 * Delay words: the debtor is thinking, not answering ("wait", "hold on", "let me think", "un
 * momento", "déjame pensarlo"). Never a yes nor a no, and never a goodbye (issue #16 item 4):
 * the terms are held and asked again.
 */
const hesitation = [
  // English
  'wait', 'hold on', 'hold up', 'hang on', 'one sec', 'a sec', 'sec', 'just a sec', 'give me a sec', 'gimme a sec', 'one moment', 'a moment',
  'one min', 'a min', 'give me a min', 'gimme a min', 'hm', 'm', 'um', 'uh', 'er', 'erm', 'eh', 'meh',
  'let me think', 'lemme think', 'let me see', 'lemme see', "i'll think about it", 'ill think about it', 'think about it',
  // Spanish
  'espera', 'esperame', 'esperate', 'espere', 'espereme', 'un momento', 'momento', 'un segundo', 'un seg', 'dame un momento', 'dame un segundo',
  'dejame pensar', 'dejame pensarlo', 'dejeme pensarlo', 'deja lo pienso', 'lo pienso', 'lo voy a pensar', 'dejame ver', 'dejeme ver', 'dame chance',
] as const;

/**
 * The words, English and Spanish, read after `normalize` below (folded, letters repeated once:
 * "yesss" is "yes", "siii" is "si", "good" is "god" on both sides). Counsel and support staff
 * review this list; each addition must be an unmistakable yes or no on its own.
 */
export const consentWords = {
  yes: [
    // English
    'yes', 'yeah', 'yea', 'yeh', 'yah', 'yep', 'yup', 'yeap', 'yas', 'ys', 'yse', 'yesh', 'sure', 'shure', 'sure thing',
    'correct', "that's correct", 'thats correct', 'that is correct', "that's right", 'thats right', 'that is right',
    'i agree', 'agree', 'agreed', 'i accept', 'accept', 'accepted', 'i confirm', 'confirm', 'confirmed',
    'go ahead', 'go for it', 'do it', 'please do', "let's do it", 'lets do it', "let's do that", 'lets do that',
    'sounds good', 'sounds good to me', 'sounds great', 'sounds fine', 'looks good', 'fine with me', "that's fine with me", 'thats fine with me', "that's fine", 'thats fine', 'that is fine',
    'that works', 'that works for me', 'works for me', 'set it up', 'set that up', 'record it', 'book it',
    'absolutely', 'definitely', 'of course', 'certainly', 'affirmative', 'deal', 'perfect', 'no problem',
    'you bet', 'ofc', 'yes please', 'yes sir', "yes ma'am", 'yes maam',
    // Spanish
    'si', 'sip', 'simon', 'claro', 'claro que si', 'de acuerdo', 'deacuerdo', 'estoy de acuerdo', 'esta bien', 'esta bien asi', 'asi esta bien',
    'ta bien', 'sta bien', 'dale', 'correcto', 'acepto', 'aceptado', 'confirmo', 'confirmado', 'vale', 'perfecto',
    'por supuesto', 'adelante', 'hagalo', 'hazlo', 'hagamoslo', 'eso es', 'asi es', 'afirmativo', 'me parece bien',
    'listo', 'sale', 'va', 'con gusto', 'si señor', 'si señora',
  ],
  /** A yes only when it is the whole message: "ok" agrees, "ok thanks" closes, "ok wait" doubts. */
  yesAlone: ['ok', 'okay', 'okey', 'okie', 'oki', 'alright', 'all right', 'fine', 'bueno'],
  no: [
    // English
    'no', 'nope', 'nah', 'naw', 'no thanks', 'no thank you', 'not now', 'not yet', 'not today', "don't", 'dont', 'do not',
    'i disagree', "i don't agree", 'i dont agree', 'i do not agree', 'i decline', 'decline', 'declined',
    'cancel', 'cancel it', 'cancel that', 'never mind', 'nevermind', 'nvm', 'forget it', "that's wrong", 'thats wrong',
    'wrong', 'incorrect', 'change it', 'not that', 'negative', 'no way', 'absolutely not', 'definitely not',
    // Spanish
    'nop', 'nel', 'no gracias', 'ahora no', 'todavia no', 'aun no', 'cancelar', 'cancela', 'cancelalo', 'cancelelo',
    'no quiero', 'mejor no', 'para nada', 'negativo', 'olvidalo', 'olvidelo', 'de ninguna manera', 'no acepto',
    'no estoy de acuerdo', 'no es correcto', 'incorrecto', 'cambiarlo',
  ],
  /** Courtesy around an answer, which neither makes nor unmakes it. */
  fillers: [
    'please', 'pls', 'plz', 'thanks', 'thank you', 'thank you very much', 'thanks so much', 'thx', 'ty', 'sir', "ma'am", 'maam', 'great',
    'por favor', 'porfa', 'porfavor', 'gracias', 'muchas gracias', 'señor', 'señora',
    // What was just offered, named: "I accept the plan", "acepto la oferta".
    'it', 'that', 'this', 'the plan', 'this plan', 'that plan', 'the offer', 'this offer', 'that offer', 'the terms', 'those terms', 'these terms',
    'el plan', 'ese plan', 'este plan', 'la oferta', 'esa oferta', 'esta oferta', 'eso', 'esto', 'los terminos', 'esos terminos',
  ],
  /**
   * Doubt, delay, a condition or a question: never a yes, whatever else the message says.
   * Also the near misses people send to a prompt that are not an answer ("k", "test", "lol").
   */
  doubt: [
    ...hesitation,
    // English
    'not sure', 'unsure', 'no idea', 'idk', 'dunno', "don't know", 'dont know', 'maybe', 'perhaps', 'probably', 'possibly',
    'i guess', 'guess so', 'i think', 'i suppose', 'suppose so', 'kinda', 'kind of', 'sort of', 'if', 'unless', 'but',
    'however', 'though', 'although', 'actually', 'except', 'instead', 'rather', 'change', 'different', 'first', 'before',
    'later', 'tomorrow', 'question', 'confused', 'what', 'why', 'how', 'huh', 'really', 'seriously', 'k', 'test', 'testing',
    'lol', 'lmao', 'jk', 'joking', 'kidding',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    // Spanish
    'no se', 'no estoy seguro', 'no estoy segura', 'quizas',
    'quiza', 'tal vez', 'a lo mejor', 'creo', 'supongo', 'pero', 'aunque', 'cambiar', 'primero', 'antes', 'luego',
    'despues', 'manana', 'por que', 'prueba', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  ],
  hesitation,
} as const;

/** Folded, apostrophes straight, each run of a repeated letter read once, punctuation and emoji dropped. */
export function normalize(text: string): string {
  return normalizeForMatching(text)
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const phrasesOf = (list: readonly string[]) => [...new Set(list.map((phrase) => normalize(phrase).split(' ')))];
type Kind = 'yes' | 'yesAlone' | 'no' | 'filler';
/** Longest phrases first, so "no thanks" is read before "no". */
const listed: { kind: Kind; words: string[] }[] = (['yes', 'yesAlone', 'no', 'fillers'] as const)
  .flatMap((key) => phrasesOf(consentWords[key]).map((words) => ({ kind: key === 'fillers' ? ('filler' as const) : key, words })))
  .sort((a, b) => b.words.length - a.words.length);
const doubtPhrases = phrasesOf(consentWords.doubt);

/** The listed phrases the message is made of, in order; null when any word is not listed. */
function listedPhrases(words: string[]): Kind[] | null {
  const kinds: Kind[] = [];
  for (let at = 0; at < words.length; ) {
    const phrase = listed.find((p) => p.words.every((w, i) => words[at + i] === w));
    if (!phrase) return null;
    kinds.push(phrase.kind);
    at += phrase.words.length;
  }
  return kinds;
}

const startsWith = (words: string[], phrase: string[]) => phrase.every((w, i) => words[i] === w);
const contains = (words: string[], phrase: string[]) => words.some((_, at) => startsWith(words.slice(at), phrase));

const hesitationPhrases = phrasesOf(consentWords.hesitation);

/** Whether the debtor asks for time at a confirmation ("wait", "let me think", "un momento"). */
export function hesitates(text: string): boolean {
  const words = normalize(text).split(' ').filter(Boolean);
  return hesitationPhrases.some((phrase) => contains(words, phrase));
}

/** A question or a trailing-off ("yes?", "sure...", "ok…"), whatever the words. */
const doubtMark = /[?¿…]|\.\./;
/** Laughter ("jaja", "hahaha") and numbers: a figure in a reply names terms other than the ones asked about. */
const doubtInWords = /\b(?:ha|ja|he|je){2,}h?\b|\d/;

/** Below this the classifier's "affirm" is a guess: "k" 0.59, "asdf" 0.30, "yes I can do that" 0.99. */
export const affirmConfidence = 0.9;

/**
 * Reads a confirmation. Yes when the message is made only of listed yes phrases and courtesy
 * ("yes please", "sí, por favor", "ok" alone), or when it opens with a listed yes and the
 * recognizer is sure it affirms ("yes I can do that"); never with a doubt word or mark, or junk.
 * No when it is made only of listed no phrases, or the recognizer reads a denial or a cancel.
 */
export function readConsent(text: string, recognized: { intent: Intent; confidence?: number }): Consent {
  if (doubtMark.test(text)) return 'unclear';
  const words = normalize(text).split(' ').filter(Boolean);
  const kinds = listedPhrases(words);
  if (kinds) {
    const yes = kinds.includes('yes') || (kinds.length === 1 && kinds[0] === 'yesAlone');
    const no = kinds.includes('no');
    if (yes || no) return yes && no ? 'unclear' : yes ? 'yes' : 'no';
  }
  if (doubtInWords.test(words.join(' ')) || doubtPhrases.some((phrase) => contains(words, phrase))) return 'unclear';
  if (recognized.intent === 'deny' || recognized.intent === 'cancel_nevermind') return 'no';
  const opensWithYes = listed.some((p) => p.kind === 'yes' && startsWith(words, p.words));
  if (recognized.intent === 'affirm' && (recognized.confidence ?? 0) >= affirmConfidence && opensWithYes && !isJunkText(text)) return 'yes';
  return 'unclear';
}
