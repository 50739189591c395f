import { describe, expect, it } from 'vitest';
import { holdsFirm } from '../../../src/language/holding-firm';

describe('a debtor holding to their own figure (read at the lowest-settlement question)', () => {
  it.each([
    "that's all I can do",
    '500 is all i can do',
    "that's my final offer",
    'take it or leave it',
    'i insist',
    'I cant pay more than that',
    'cannot go higher',
    'its the most i have',
    'not a penny more',
    'es todo lo que puedo',
    'es lo máximo que tengo',
    'no puedo dar más',
    'es mi última oferta',
    'lo tomas o lo dejas',
    'insisto',
    'ni un peso más',
  ])('"%s" holds firm', (text) => {
    expect(holdsFirm(text)).toBe(true);
  });

  it.each(['ok', 'no', 'yes', 'what about 600', 'can I think about it', 'puedo pagar en dos partes?', 'that works', 'lo pienso'])('"%s" does not', (text) => {
    expect(holdsFirm(text)).toBe(false);
  });
});
