import { consentWords, normalize } from './explicit-consent';

/**
 * RF-02 / 1006.6(b)(4)(i): after the late-hour notice, the debtor's own words of going on
 * ("fine, go ahead now", "yeah let's do it", "ahora está bien", "sí, sigamos") are their consent
 * to continue now (issue #15 item 3). Read like explicit-consent.ts reads a yes: the message is
 * made only of listed agreement and courtesy, with no no, doubt or delay in it ("no not now",
 * "tomorrow", "later" never are). A word a letter off a listed one ("contnue", "adelnte") counts.
 */
const goOnPhrases = [
  // English
  'continue', 'go on', 'go ahead', 'go ahead now', 'keep going', 'carry on', 'proceed', 'go', "let's go", 'lets go', "let's continue", 'lets continue',
  "let's keep going", 'lets keep going', "let's do this", 'lets do this', 'now', 'right now', 'now is fine', "now's fine", 'nows fine', 'now is good',
  "it's fine", 'its fine', "it's ok", 'its ok', "it's okay", 'its okay', 'im up', "i'm up", 'i am up', "i'm awake", 'im awake', 'fine', 'ok', 'okay', 'alright', 'all right',
  // Spanish
  'continuar', 'continua', 'continue', 'continuemos', 'sigamos', 'seguir', 'siga', 'sigue', 'seguimos', 'adelante', 'ahora', 'ahora mismo', 'ya', 'dale', 'vamos',
  'esta bien ahora', 'ahora esta bien', 'ahora si', 'no hay problema', 'estoy despierto', 'estoy despierta', 'bueno',
];
/** Words around the agreement that change nothing: "yes, please, let's continue now". */
const courtesy = [...consentWords.fillers, 'and', 'then', 'just', 'we', 'can', 'i', 'want', 'to', 'with', 'it', 'is', 'y', 'pues', 'que', 'quiero', 'por', 'favor', 'lo', 'con'];

type Kind = 'agree' | 'courtesy';
const phrases: { kind: Kind; words: string[] }[] = [
  ...[...consentWords.yes, ...consentWords.yesAlone, ...goOnPhrases].map((phrase) => ({ kind: 'agree' as const, words: normalize(phrase).split(' ') })),
  ...courtesy.map((phrase) => ({ kind: 'courtesy' as const, words: normalize(phrase).split(' ') })),
].sort((a, b) => b.words.length - a.words.length);
/** Agreement words long enough that one letter off is still plainly them ("ahead", "continue", "sigamos"). */
const typoTolerant = new Set(phrases.flatMap((p) => (p.kind === 'agree' ? p.words.filter((word) => word.length >= 5) : [])));
const listedWords = new Set(phrases.flatMap((p) => p.words));

const doubtMark = /[?¿…]|\.\./;

/** True when the message is nothing but agreement to go on now. */
export function readsAsGoOn(text: string): boolean {
  if (doubtMark.test(text)) return false;
  const words = normalize(text).split(' ').filter(Boolean).map(correctedWord);
  let agreed = false;
  for (let at = 0; at < words.length; ) {
    const phrase = phrases.find((p) => p.words.every((w, i) => words[at + i] === w));
    if (!phrase) return false;
    agreed ||= phrase.kind === 'agree';
    at += phrase.words.length;
  }
  return agreed;
}

/** A word one edit (a letter missing, extra, changed or two swapped) from a listed agreement word is that word. */
function correctedWord(word: string): string {
  if (word.length < 4 || listedWords.has(word)) return word;
  for (const listed of typoTolerant) if (oneEditApart(word, listed)) return listed;
  return word;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A no or a delay after the agreement takes it back: "yes, but tomorrow", "ok, later". */
const takenBack = [...consentWords.no, 'not', 'but', 'later', 'tomorrow', 'wait', 'hold on', 'pero', 'luego', 'despues', 'manana', 'espera'].map((phrase) => normalize(phrase).split(' '));

/**
 * "ok go ahead, I need a payment plan": agreement to go on in the first clause, and no no or
 * delay after it. The caller counts it as consent only when the rest asks for something.
 */
export function opensWithGoOn(text: string): boolean {
  const [first, ...rest] = text.split(/[,.;!:\n]+/);
  if (rest.length === 0 || !first || !readsAsGoOn(first)) return false;
  const after = normalize(rest.join(' ')).split(' ').filter(Boolean);
  return !takenBack.some((phrase) => after.some((_, at) => phrase.every((w, i) => after[at + i] === w)));
}
