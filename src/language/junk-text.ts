import { normalizeForMatching } from '../compliance/normalize';

/**
 * Words nearly every real message carries, English and Spanish: function words, the verbs and
 * nouns of a debt conversation, and the words rights are named with. Not a dictionary: enough
 * that a text with none of them, or with a tiny share of them, is known to be no language at all.
 */
const commonWords = new Set(
  (
    // English: function words, pronouns, common verbs (with SMS spellings)
    'an the and or but if so as at by for from in into of off on onto out over to up with without about after before ' +
    'than then there here this that these those what which who whom whose why how when where while because not no nor ' +
    'yes yeah yep ok okay please pls plz thanks thank sorry hi hello hey dear sir madam ' +
    'me my mine myself we us our ours you your yours ur he him his she her hers it its they them their theirs ' +
    "i'm im i've ive i'll ill i'd id you're youre it's thats that's there's don't dont doesn't doesnt didn't didnt " +
    "can't cant cannot won't wont isn't isnt wasn't wasnt aren't arent haven't havent hasn't hasnt wouldn't couldn't shouldn't " +
    'am is are was were be been being have has had having do does did doing done will would shall should can could may might must ' +
    'get got gets getting go goes going went gone make made take took give gave gone know knew think said say says tell told ' +
    'ask asked want wanted need needed send sent call called calling calls text texts texting email letter letters mail ' +
    'all any some every each other another more most much many few only just also still even again now never ever always ' +
    'very too really well back down new old same own such no one nobody someone something anything nothing ' +
    'day days week weeks month months year years today tomorrow yesterday time times ago last next first ' +
    'one two three four five six seven eight ten hundred thousand dollar dollars money ' +
    // English: the debt conversation and the rights named in it
    'pay paid paying payment payments owe owed owing debt debts bill bills balance account accounts amount charge charges ' +
    'charged fee fees interest loan card bank credit collection collector collectors company agency creditor report ' +
    'transaction transactions purchase refund deposit transfer withdrawal unusual unknown recognize unauthorized ' +
    'dispute disputed disputing wrong mistake error fraud fraudulent scam stolen theft identity mine ' +
    'stop cease contact harass harassing harassment threaten threatened threatening sue sued court lawsuit ' +
    'lawyer attorney legal counsel bankrupt bankruptcy chapter filed discharge discharged trustee ' +
    'dead died death deceased passed away estate funeral widow husband wife mother father son daughter family ' +
    'job work lost laid unemployed income disability disabled sick hospital medical cancer hardship afford ' +
    'help person human agent representative someone number phone verify proof validation validate ' +
    // Spanish: function words, pronouns, common verbs
    'el la los las un una unos unas pero si no ni que de del al en con sin por para sobre entre hasta desde ' +
    'yo tu usted ustedes mi mis su sus me te se le les lo nos nuestro nuestra este esta esto ese esa eso aqui ahi ' +
    'es son era fue ser estar estoy esta estan tengo tiene tienen tenemos hay he ha han hice hizo puedo puede quiero ' +
    'necesito voy va van hacer dar decir dice llamar llaman llamadas mensaje mensajes carta gracias hola favor bien mal ' +
    'muy mas ya tambien todo todos nada nunca siempre ahora hoy manana ayer dia dias semana mes meses ano anos cuando ' +
    'donde como porque que quien cual ' +
    // Spanish: the debt conversation and the rights named in it
    'pagar pago pague pagos debo deuda deudas cuenta saldo cobro cobran cobraron cargo cargos tarjeta banco credito ' +
    'dinero dolares monto cantidad equivocado equivocada error fraude robo identidad mio mia disputa ' +
    'dejen parar molestar acoso amenaza abogado abogada licenciado quiebra bancarrota murio fallecio fallecido muerto ' +
    'trabajo despidieron desempleado enfermo hospital ayuda persona agente representante numero telefono'
  ).split(/\s+/),
);

const word = /[a-z\u00f1]+(?:'[a-z]+)*/g;

/**
 * True for text that carries no language: keyboard mashing, a syllable or token repeated, letters
 * or digits at random, emoji, base64. Long junk ("xyz" × 120) reads to a classifier like a letter
 * it was never shown, so a right must have words in the text to be heard (issue #20 item 3).
 */
export function isJunkText(text: string): boolean {
  const words = normalizeForMatching(text).match(word) ?? [];
  if (words.length === 0) return true;
  const letters = words.reduce((sum, w) => sum + w.length, 0);
  const known = words.filter((w) => commonWords.has(w));
  if (known.length === 0) return true;
  // A stray "de" or "no" in letter soup, or two real words beside a 300-letter token.
  const knownLetters = known.reduce((sum, w) => sum + w.length, 0);
  if (letters >= 40 && knownLetters / letters < 0.15) return true;
  // The same few tokens over and over ("asdf asdf asdf ...", "no no no no no no").
  return words.length >= 8 && new Set(words).size / words.length < 0.25;
}

/** Letter rows of a QWERTY keyboard (ñ where a Spanish one has it). */
const keyboardRows = ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'];
const besideOnKeyboard = (a: string, b: string) =>
  keyboardRows.some((row) => row.includes(a) && row.includes(b) && Math.abs(row.indexOf(a) - row.indexOf(b)) === 1);
/** Each letter beside the one before it on a keyboard row: "asdf", "qwerty", "hjkl", "gh". */
const alongARow = (letters: string) => [...letters].every((letter, at) => at === 0 || besideOnKeyboard(letters[at - 1]!, letter));

/** "asdf", "lkj", or such a run typed again ("sdfsdf", "ghgh"): three letters at least, and no word we know. */
function isKeyRun(token: string): boolean {
  if (token.length < 3 || commonWords.has(token)) return false;
  if (alongARow(token)) return true;
  for (let unit = 2; unit <= token.length / 2; unit++) {
    if (token.length % unit === 0 && token === token.slice(0, unit).repeat(token.length / unit) && alongARow(token.slice(0, unit))) return true;
  }
  return false;
}

/**
 * Keyboard mash: every word is letters run along a keyboard row ("asdf", "jkl;", "qwerty",
 * "sdfsdf"). A classifier reads such a short token as whatever short message it looks like
 * (often "yes"); it says nothing (issue #16 item 4).
 */
export function isKeyboardMash(text: string): boolean {
  const tokens = text.toLowerCase().match(/[a-z\u00f1]+/g) ?? [];
  return tokens.length > 0 && tokens.every(isKeyRun);
}
