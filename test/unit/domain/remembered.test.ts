import { describe, expect, it } from 'vitest';
import { remembered } from '../../../src/domain/remembered';

describe('remembered (a pure reading kept for the inputs a turn repeats)', () => {
  it('answers a repeated input without computing it again', () => {
    let computed = 0;
    const double = remembered(3, (n: number) => (computed++, n * 2));
    expect([double(1), double(1), double(2), double(1)]).toEqual([2, 2, 4, 2]);
    expect(computed).toBe(2);
  });

  it('keeps at most `max` answers, forgetting the oldest first, and still answers the forgotten right', () => {
    const seen: string[] = [];
    const upper = remembered(2, (text: string) => (seen.push(text), text.toUpperCase()));
    expect(['a', 'b', 'c', 'b', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'B', 'A']);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers an answer that is undefined, null or NaN', () => {
    let computed = 0;
    const nothing = remembered(4, (n: number) => (computed++, n === 0 ? undefined : n === 1 ? null : NaN));
    for (const n of [0, 1, 2, 0, 1, 2]) nothing(n);
    expect(computed).toBe(3);
  });
});
