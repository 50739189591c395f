import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentWords } from '../../../src/language/explicit-consent';
import { normalizeForMatching } from '../../../src/compliance/normalize';
import { createLocalUnderstanding } from '../../../src/language/understand';
import { rightsInvoked } from '../../../dialogs/rights';
import { debtors, startTranscriptTable, type Debtor, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #20 item 1 through the real turn (the assistant every channel calls: bot, dialogs,
 * recognizer, confirm prompts, store): at a plan, promise, settlement or pay-in-full confirmation
 * only an explicit yes records the arrangement; anything else is asked once more with the same
 * terms, then ends unrecorded; a clear no declines.
 */
let table: TranscriptTable;

beforeAll(async () => {
  table = await startTranscriptTable({ now: '2026-11-23T18:00:00Z' });
}, 120_000);
afterAll(() => table.close());

const offers = {
  payInFull: { debtor: 'maria', asks: ['1'], terms: /You can pay \$1,240\.50 in full by [^.]+\. Shall I record that\? Reply YES or NO\./ },
  plan: { debtor: 'maria', asks: ['can I pay 100 a month', '1'], terms: /To confirm: \$103\.38 a month for 12 months \(the last 6 are \$103\.37\), from .+ Reply YES or NO\./ },
  promise: { debtor: 'maria', asks: ["I'll pay 100 on Friday"], terms: /To confirm: you will pay \$100\.00 on [^.]+\. Reply YES or NO\./ },
  settlement: { debtor: 'jose', asks: ['6'], terms: /Puede liquidar su saldo de \$860\.00 con \$688\.00 si paga a más tardar el [^.]+\. ¿Lo registro\? Responda SI o NO\./ },
} as const satisfies Record<string, { debtor: Debtor; asks: string[]; terms: RegExp }>;
type Offer = keyof typeof offers;

/** Verifies, asks for the offer, and returns the conversation at its confirmation. */
async function atConfirmation(offer: Offer) {
  const { debtor, asks, terms } = offers[offer];
  const say = await table.verified(debtor);
  let last = '';
  for (const text of asks) last = await say(text);
  expect(last, `the ${offer} terms`).toMatch(terms);
  return say;
}

const arrangementsOf = async (debtor: Debtor) => table.store.listArrangements(debtors[debtor].accountId);

describe('an explicit yes records the terms (PAY-04, issue #20 item 1)', () => {
  it.each([
    ['payInFull', 'yes'], ['payInFull', 'Yes please'], ['payInFull', 'yes, set it up'], ['payInFull', 'ok'], ['payInFull', 'Sure!'],
    ['plan', 'yes'], ['plan', 'yeah go ahead'], ['plan', 'yes I agree to that plan'], ['plan', 'sounds good'],
    ['promise', 'yess'], ['promise', "that's right"], ['promise', 'yes I can do that'],
    ['settlement', 'sí'], ['settlement', 'sí, por favor'], ['settlement', 'si'], ['settlement', 'de acuerdo'], ['settlement', 'claro que sí'], ['settlement', 'dale'],
  ] as [Offer, string][])('%s: "%s" records one arrangement', async (offer, yes) => {
    const before = (await arrangementsOf(offers[offer].debtor)).length;
    const say = await atConfirmation(offer);
    expect(await say(yes)).toMatch(/Done\.|Listo\./);
    expect(await arrangementsOf(offers[offer].debtor)).toHaveLength(before + 1);
  });
});

describe('anything else is asked once more with the exact terms, then nothing is recorded (PAY-04, issue #20 item 1)', () => {
  it.each([
    ['payInFull', 'wait', 'hmm'], ['payInFull', 'asdf', 'test'], ['payInFull', 'k', 'ok?'], ['payInFull', 'yes?', 'hmm ok'],
    ['plan', 'yes but can I change the date', 'ok wait'], ['plan', 'sure...?', 'maybe'],
    ['promise', 'I guess', 'not sure'], ['promise', 'yes on the 15th', 'lol'],
    ['settlement', 'espera', 'no sé'], ['settlement', 'quizás', 'sí pero el viernes'],
  ] as [Offer, string, string][])('%s: "%s" then "%s"', async (offer, first, second) => {
    const before = (await arrangementsOf(offers[offer].debtor)).length;
    const say = await atConfirmation(offer);
    const again = await say(first);
    expect(again).toMatch(/clear YES|SI claro/);
    expect(again, 'the same terms, asked again').toMatch(offers[offer].terms);
    const after = await say(second);
    expect(after).toMatch(/I haven't recorded anything, as I need a clear YES|No he registrado nada, porque necesito un SI claro/);
    expect(after).not.toMatch(offers[offer].terms);
    expect(await arrangementsOf(offers[offer].debtor)).toHaveLength(before);
  });

  it('an unclear answer, then a clear yes, records the terms asked again', async () => {
    const before = (await arrangementsOf('maria')).length;
    const say = await atConfirmation('promise');
    expect(await say('hmm')).toMatch(offers.promise.terms);
    expect(await say('yes')).toMatch(/I recorded your promise to pay \$100\.00/);
    expect(await arrangementsOf('maria')).toHaveLength(before + 1);
  });
});

describe('a clear no declines (PAY-04, issue #20 item 1)', () => {
  it.each([
    ['payInFull', 'no', /I haven't recorded anything/], ['payInFull', 'no thanks', /I haven't recorded anything/],
    ['promise', 'nope', /I haven't recorded anything/], ['promise', 'not now', /I haven't recorded anything/],
    ['settlement', 'no gracias', /no he registrado nada/i], ['settlement', 'ahora no', /no he registrado nada/i],
    // A NO to the plan offers the plans again
    ['plan', 'no', /Plans from /],
  ] as [Offer, string, RegExp][])('%s: "%s"', async (offer, no, answer) => {
    const before = (await arrangementsOf(offers[offer].debtor)).length;
    const say = await atConfirmation(offer);
    expect(await say(no)).toMatch(answer);
    expect(await arrangementsOf(offers[offer].debtor)).toHaveLength(before);
  });
});

/** Letters only, folded: the yes list can be looked for inside any string, whatever its spacing. */
const lettersOf = (text: string) => normalizeForMatching(text).replace(/[^a-z\u00f1]/g, '');
const listedYes = [...consentWords.yes, ...consentWords.yesAlone].map(lettersOf);
/** True when no listed yes can be read anywhere in the text: a string outside the yes list. */
const outsideYesList = (text: string) => !listedYes.some((yes) => lettersOf(text).includes(yes));

const understand = createLocalUnderstanding();
/**
 * Safety, rights and STOP outrank any prompt (bot.ts), and a right pauses the account (a wrong
 * number suppresses it) for every later run: such a string is not an answer to a confirmation.
 * The local recognizer reads "wait ya" as "already paid" and "don't know that is correct don't
 * know" as a wrong number, which made these properties fail on some seeds.
 */
async function outranksPrompts(text: string): Promise<boolean> {
  const heard = await understand(text, { now: table.clock.now(), timezone: 'America/Chicago', language: 'en' });
  return rightsInvoked(heard) || heard.rights.keyword !== null || heard.intents.some((intent) => intent === 'crisis' || intent === 'threat' || intent === 'wrong_number');
}

const nearMisses = ['k', 'kk', 'test', 'asdf', 'wait', 'hmm', 'idk', 'maybe', 'lol', '👍', '🙂', 'y', 'ya', 'hey', 'huh', 'what', 'um', 'no idea', 'later', 'hello?', '1', '2', '100', 'help', 'menu', 'espera', 'quizás', 'no sé'];
const doubts = [...consentWords.doubt, '?', '...', '…', '¿', 'hahaha', 'jajaja', '15th', '100'];
const anyYes = [...consentWords.yes, ...consentWords.yesAlone];

describe('property: no string outside the yes list records an arrangement (PAY-04, issue #20 item 1)', () => {
  const notYes = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...nearMisses),
    fc.array(fc.constantFrom(...nearMisses, ' ', '!', '.'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
  );

  it('at the pay-in-full confirmation, twice (the ask and the one re-ask), never records', async () => {
    await fc.assert(
      fc.asyncProperty(notYes, notYes, async (first, second) => {
        fc.pre(outsideYesList(first) && outsideYesList(second));
        fc.pre(!(await outranksPrompts(first)) && !(await outranksPrompts(second)));
        const before = (await arrangementsOf('maria')).length;
        const say = await atConfirmation('payInFull');
        await say(first);
        await say(second);
        expect(await arrangementsOf('maria'), `"${first}" then "${second}"`).toHaveLength(before);
      }),
      { numRuns: 60 },
    );
  });

  it('a listed yes with a doubt word or mark, at any confirmation, never records', async () => {
    const doubtful = fc
      .tuple(fc.constantFrom(...anyYes), fc.constantFrom(...doubts), fc.constantFrom('before', 'after', 'both'), fc.constantFrom(' ', ', ', '... ', ' - '))
      .map(([yes, doubt, where, gap]) => (where === 'before' ? `${doubt}${gap}${yes}` : where === 'after' ? `${yes}${gap}${doubt}` : `${doubt}${gap}${yes}${gap}${doubt}`));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Offer>('payInFull', 'plan', 'promise', 'settlement'), doubtful, doubtful, async (offer, first, second) => {
        fc.pre(!(await outranksPrompts(first)) && !(await outranksPrompts(second)));
        const before = (await arrangementsOf(offers[offer].debtor)).length;
        const say = await atConfirmation(offer);
        await say(first);
        await say(second);
        expect(await arrangementsOf(offers[offer].debtor), `${offer}: "${first}" then "${second}"`).toHaveLength(before);
      }),
      { numRuns: 40 },
    );
  });
});
