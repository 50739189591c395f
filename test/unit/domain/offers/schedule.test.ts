import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOf, splitEvenly } from '../../../../src/domain/offers/schedule';

describe('even split', () => {
  it('puts the leftover cents one each on the first installments', () => {
    expect(runsOf(splitEvenly(124050, 12))).toEqual([
      { count: 6, amountCents: 10338 },
      { count: 6, amountCents: 10337 },
    ]);
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(5, 1)).toEqual([5]);
  });

  it('sums exactly to the total, with amounts a cent apart at most, larger first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 600 }), (total, count) => {
        const amounts = splitEvenly(total, count);
        expect(amounts).toHaveLength(count);
        expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(total);
        amounts.forEach((amount) => expect(Number.isInteger(amount)).toBe(true));
        expect((amounts[0] as number) - (amounts[count - 1] as number)).toBeLessThanOrEqual(1);
        expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      }),
    );
  });

  it('rejects a count that is not a whole number of at least 1', () => {
    for (const count of [0, -1, 1.5, Number.NaN]) expect(() => splitEvenly(100, count)).toThrow(expect.objectContaining({ code: 'invalid_count' }));
  });
});
