import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { protectedIntents, type Intent } from '../../../src/domain/intents';
import { classifyKeyword } from '../../../src/compliance/keywords';
import { isJunkText, isKeyboardMash } from '../../../src/language/junk-text';
import { createLocalUnderstanding, type Understand } from '../../../src/language/understand';

/**
 * Issue #20 item 3: a right is heard only in words. "xyz" × 120 from an unknown number raised
 * cease, dispute and deceased flags and a priority-1 case; junk of any kind and length must raise
 * none, while real rights phrasings, short or as long as a letter, English or Spanish, still do.
 */
const context = { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago', language: 'en' as const };
/** Every intent that raises a flag or opens a case for a right (dialogs/rights.ts). */
const rightsIntents = new Set<Intent>([...protectedIntents, 'payment_already_made']);

let understand: Understand;
beforeAll(() => {
  understand = createLocalUnderstanding();
}, 120_000);

async function rightsHeard(text: string): Promise<Intent[]> {
  const understanding = await understand(text, context);
  return [...new Set([...understanding.intents, ...understanding.rights.intents])].filter((intent) => rightsIntents.has(intent));
}

/** A complaint to the FTC or the BBB said in three letters. */
const namesAnAuthority = /^\s*(?:ftc|bbb|cfpb)\s*$/i;

const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
/** Repeated to a length between 1 and 2,000 characters. */
const repeatedTo = (unit: fc.Arbitrary<string>) =>
  fc.tuple(unit, fc.integer({ min: 1, max: 2000 })).map(([u, length]) => (u.length ? u.repeat(Math.ceil(length / u.length)).slice(0, length) : 'x'));
const chars = (alphabet: string) => fc.string({ unit: pick([...alphabet]), minLength: 1, maxLength: 2000 });

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZñáéíóú';
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'QWERTY', 'asdf', 'jkl;', 'hjkl', 'zxcv', 'uiop'];
const syllables = ['xyz', 'lol', 'ha', 'ja', 'bla', 'na', 'la', 'ok', 'aa', 'zz', 'asdf', 'qwe', 'abc', 'xd', 'jeje', 'wk'];
const emoji = ['😀', '😂', '🙏', '💸', '🔥', '👍', '❤️', '🤔', '😡', '🎉'];

const junk = {
  'random letters': chars(letters),
  'random letters and spaces': chars(`${letters}     `),
  digits: chars('0123456789 -/.'),
  punctuation: chars('!?.,;:-_()[]{}*&^%$#@~`\'"/\\|<>+= '),
  emoji: fc.array(pick(emoji), { minLength: 1, maxLength: 500 }).map((e) => e.join('')),
  'a syllable repeated': repeatedTo(pick(syllables)),
  'a syllable repeated with spaces': repeatedTo(pick(syllables).map((s) => `${s} `)),
  'keyboard mashing': fc.array(fc.tuple(pick(keyboardRows), fc.nat({ max: 8 }), fc.constantFrom('', ' ', '  ', '\n')), { minLength: 1, maxLength: 200 })
    .map((parts) => parts.map(([row, start, gap]) => `${row.slice(start % row.length)}${gap}`).join('').slice(0, 2000)),
  'base64-ish': fc.uint8Array({ minLength: 1, maxLength: 1400 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  'mixed junk': fc.array(fc.oneof(pick(syllables), pick(emoji), pick(keyboardRows), fc.nat().map(String), pick(['!!!', '???', '...', ' ', '  '])), { minLength: 1, maxLength: 400 })
    .map((parts) => parts.join('').slice(0, 2000)),
};

describe('no right is heard in junk (issue #20 item 3)', () => {
  it('"xyz" × 120 (the reported message) raises nothing', async () => {
    expect(await rightsHeard('xyz'.repeat(120))).toEqual([]);
    expect(isJunkText('xyz'.repeat(120))).toBe(true);
  });

  it('a lone short word the random letters spell ("con", "la", "her", "su") raises nothing', async () => {
    for (const text of ['con', 'la', 'me', 'sin', 'ok', 'de', 'mis', 'un', 'her', 'his', 'su', 'HER']) expect(await rightsHeard(text), text).toEqual([]);
  });

  it.each(Object.entries(junk))('%s, 1 to 2,000 characters: no protected intent, no flag', async (_name, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (text) => {
        // Letters at random can spell a real word that is a right: the keyword END or TD, or "FTC".
        fc.pre(classifyKeyword(text) === null && !namesAnAuthority.test(text));
        expect(await rightsHeard(text), JSON.stringify(text.slice(0, 80))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

/** Real rights, as debtors write them: short texts and letters past the 350-character narrative cut. */
const rightsPhrasings: [Intent, string][] = [
  ['dispute_not_my_debt', 'this is not my debt'],
  ['dispute_not_my_debt', 'i dont owe u anything, never had an account w/ you'],
  ['dispute_not_my_debt', 'no es mi deuda, nunca tuve cuenta con ustedes'],
  ['dispute_not_my_debt', 'To whom it may concern, I am writing about the account your office keeps texting me about. I do not recognize this debt and I never opened an account with Northwind Energy. Please send me proof that I owe this amount, including the original contract and an itemized statement. Until then I dispute the full balance and ask that you stop reporting it to the credit bureaus. Thank you.'],
  ['dispute_not_my_debt', 'A quien corresponda: les escribo por la cuenta sobre la que me siguen mandando mensajes. No reconozco esta deuda y nunca abrí una cuenta con Northwind Energy. Les pido que me manden pruebas de que debo esta cantidad, con el contrato original y un estado de cuenta detallado. Mientras tanto disputo el saldo completo y les pido que no lo reporten a las agencias de crédito. Gracias.'],
  ['dispute_wrong_amount', 'the amount is wrong, you charged me twice for november'],
  ['dispute_wrong_amount', 'el monto está equivocado, me cobraron dos veces'],
  ['cease_contact', 'stop texting me'],
  ['cease_contact', 'dejen de llamarme'],
  ['cease_contact', 'I have asked you several times now and I am putting it in writing again: do not contact me anymore about this account, not by phone, not by text and not by email. I know my rights under the law. Any further communication after this message will be reported to the Consumer Financial Protection Bureau and to the attorney general of my state. Leave me alone.'],
  ['cease_contact', 'Ya les he pedido varias veces y se lo pongo por escrito otra vez: no me vuelvan a contactar por esta cuenta, ni por teléfono, ni por mensaje, ni por correo. Conozco mis derechos. Cualquier comunicación después de este mensaje la voy a reportar a la oficina de protección al consumidor. Dejen de llamarme y déjenme en paz de una vez por todas, por favor.'],
  ['bankruptcy', 'I filed for bankruptcy last month'],
  ['bankruptcy', 'me declaré en quiebra'],
  ['bankruptcy', 'I want to let you know that I filed for chapter 7 bankruptcy last month and this account was included in my petition. The case number is on the notice the court mailed to you. Please direct any questions to my bankruptcy attorney and stop all collection activity, as the automatic stay requires. I will not be making any payments on this account while the case is open.'],
  ['attorney_represented', 'my lawyer handles this now'],
  ['attorney_represented', 'hable con mi abogado'],
  ['attorney_represented', 'Please be advised that I have retained an attorney to represent me in all matters concerning this alleged debt. From now on every communication about it must go to my attorney and not to me. I am not going to discuss the account by text message or by phone. My attorney will contact your office this week with the details of the representation and the firm address.'],
  ['deceased', 'my husband passed away in september'],
  ['deceased', 'mi esposo falleció el mes pasado'],
  ['deceased', 'I am writing on behalf of my mother, who passed away in September after a long illness. She had an account with you and I keep receiving text messages about it on her old phone, which I now carry. I am not the executor of her estate and I do not know yet who will be. Please tell me what you need from the family and stop sending these messages for now.'],
  ['hardship', 'I lost my job and cant pay right now'],
  ['hardship', 'perdí mi trabajo y no tengo ingresos'],
  ['hardship', 'I want to pay this, I really do, but I was laid off in October and have been unemployed since. On top of that I have medical bills from a surgery in the summer and I can barely afford rent and groceries for my kids. I am asking for some time, or a smaller payment, until I find work again. I will keep you updated as soon as anything changes for me and my family.'],
  ['request_human', 'can I talk to a real person'],
  ['request_human', 'quiero hablar con una persona'],
];

describe('recall guard: real rights still heard (issue #20 item 3)', () => {
  const named = rightsPhrasings.map(([intent, text]) => [intent, text.length > 60 ? `${text.slice(0, 50)}... (${text.length} characters)` : text, text] as const);
  it.each(named)('%s: %s', async (intent, _name, text) => {
    expect(isJunkText(text)).toBe(false);
    expect(await rightsHeard(text)).toContain(intent);
  });

  it.each([
    ['cease_contact', 'stop texting me '.repeat(30)],
    ['dispute_not_my_debt', `${'asdf '.repeat(40)}this is not my debt ${'qwer '.repeat(40)}`],
    ['attorney_represented', `${'xyz'.repeat(60)} talk to my lawyer`],
  ] as [Intent, string][])('words of a right inside junk are still heard: %s', async (intent, text) => {
    expect(await rightsHeard(text)).toContain(intent);
  });
});

describe('keyboard mash (issue #16 item 4)', () => {
  it.each(['asdf', 'asdfgh', 'qwerty', 'jkl;', 'sdfsdf', 'zxcv', 'fdsa', 'hjkl', 'asdf asdf', 'lkjlkj', 'ghgh', 'dfgdfg', 'ñlkj', 'qwer', 'poiuy'])('"%s" is mash', (text) => {
    expect(isKeyboardMash(text)).toBe(true);
  });

  it.each(['yes', 'ok', 'k', 'sure', 'dale', 'sisi', 'haha', 'jaja', 'hmm', 'mhmm', 'were', 'as', 'we', 'asdf is my password', 'no', 'nope', 'sip', 'vale', ''])('near miss "%s" is not', (text) => {
    expect(isKeyboardMash(text)).toBe(false);
  });
});
