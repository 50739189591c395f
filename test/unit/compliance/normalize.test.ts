import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../src/compliance/normalize';
import { fold } from '../../../src/language/text';

/**
 * Issue #17 item 8: the compliance normaliser and language's `fold` disagreed. Until both readers
 * move to the one in compliance/normalize.ts, this pins what the one must keep of each: the
 * compliance reading exactly (its version before the merge, below), and language's fold once its
 * whitespace is collapsed as rules.ts and holding-firm.ts already did by hand.
 */
function complianceBefore(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4\u0092]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const pieces = [
  'No MÁS', 'más', 'ARRÊT', 'mañana', 'ÑOÑO', 'pagué', 'Jürgen', 'naïve', 'ç',
  'don’t', 'can‘t', 'it`s', 'it´s', 'donʼt', 'don\u0092t', '“STOP”', '"quoted"',
  '😀', '👍🏽', '1️⃣', '❤️', '👨‍👩‍👧',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003',
  'STOP', 'Call Me', '$1,240.50', '$980', '1.240,50', '100/mo', '15th', '#3', '90%',
  'a', 'z', '0', '9', '.', ',', '?', '!', "'", '-', '/',
];
const messages = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the one text normaliser (compliance/normalize.ts)', () => {
  it('reads every message as the compliance normaliser did, curly double quotes aside', () => {
    fc.assert(
      fc.property(messages, (text) => {
        expect(normalizeForMatching(text)).toBe(complianceBefore(text).replace(/[\u201c\u201d]/g, '"'));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every message as language fold did, with its whitespace collapsed, Unicode marks and U+0092 aside', () => {
    fc.assert(
      fc.property(messages, (text) => {
        const expected = fold(text.replace(/\u0092/g, "'").normalize('NFD').replace(/\p{M}/gu, ''))
          .replace(/\s+/g, ' ')
          .trim();
        expect(normalizeForMatching(text)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('differs from fold only where fold kept a mark outside U+0300–036F, a U+0092 or whitespace', () => {
    fc.assert(
      fc.property(messages, (text) => {
        const plain = !/\u0092|\s/.test(text) && [...text.normalize('NFD')].every((ch) => !/\p{M}/u.test(ch) || /[\u0300-\u036f]/.test(ch));
        if (plain) expect(normalizeForMatching(text)).toBe(fold(text));
      }),
      { numRuns: 5000 },
    );
  });
});
