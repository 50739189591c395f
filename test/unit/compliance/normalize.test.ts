import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../src/compliance/normalize';

/**
 * Issue #17 item 8: one normaliser for compliance's rules and language's rules, entities and
 * features. Before the two merged, a property test held this one against both (the compliance
 * reading exactly; language's fold with its whitespace collapsed); these are what it kept.
 */
const pieces = [
  'No MÁS', 'más', 'ARRÊT', 'mañana', 'ÑOÑO', 'pagué', 'naïve', 'don’t', 'can‘t', 'it`s', 'it´s', 'donʼt', 'don\u0092t',
  '“STOP”', '😀', '👍🏽', '1️⃣', '❤️', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', 'STOP', 'Call Me', '$1,240.50', '1.240,50', '15th', '90%',
];
const messages = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the one text normaliser (compliance/normalize.ts)', () => {
  it.each([
    ['No MÁS', 'no mas'],
    ['ARRÊT', 'arret'],
    ['Mañana PAGUÉ', 'manana pague'],
    ['don’t ‘call’ donʼt it`s it´s don\u0092t', "don't 'call' don't it's it's don't"],
    ['I said “STOP”', 'i said "stop"'],
    ['STOP  ', 'stop'],
    ['  stop\ncalling\tme\r\n', 'stop calling me'],
    ['ok 👍🏽 1️⃣ ❤️', 'ok 👍🏽 1 ❤'],
    ['I can pay $1,240.50 or 1.240,50', 'i can pay $1,240.50 or 1.240,50'],
  ])('reads %j as %j', (text, expected) => {
    expect(normalizeForMatching(text)).toBe(expected);
  });

  it('is idempotent, so a rule may normalise text another already normalised', () => {
    fc.assert(
      fc.property(messages, (text) => {
        expect(normalizeForMatching(normalizeForMatching(text))).toBe(normalizeForMatching(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no upper case, combining mark, typographic quote, run of whitespace or edge whitespace', () => {
    fc.assert(
      fc.property(messages, (text) => {
        const normalized = normalizeForMatching(text);
        expect(normalized).not.toMatch(/[A-Z\p{M}\u2018\u2019\u201c\u201d\u02bc`´\u0092]|\s\s|[^\S ]|^\s|\s$/u);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps digits, $ and separators as they were, so amounts read the same', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\$?\d{1,3}(?:,\d{3})*(?:\.\d{2})?$/), (amount) => {
        expect(normalizeForMatching(`Pay ${amount} NOW`)).toBe(`pay ${amount} now`);
      }),
    );
  });

  it('reads a text the same the first time, again, and after many others pushed it out of memory', () => {
    const texts = Array.from({ length: 600 }, (_, i) => `No MÁS, don’t  call ${i}`);
    const first = texts.map((text) => normalizeForMatching(text));
    expect(first[7]).toBe('no mas, don\'t call 7');
    expect(texts.map((text) => normalizeForMatching(text))).toEqual(first);
    const long = `STOP ${'Ñ'.repeat(5000)}`;
    expect(normalizeForMatching(long)).toBe(`stop ${'n'.repeat(5000)}`);
    expect(normalizeForMatching(long)).toBe(`stop ${'n'.repeat(5000)}`);
  });
});
