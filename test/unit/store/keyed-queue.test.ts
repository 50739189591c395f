import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../src/store/keyed-queue';

describe('keyed queue', () => {
  it('forgets a key once its work has drained, so idle conversations cost no memory', async () => {
    const queue = new KeyedQueue();
    const turns = Array.from({ length: 3 }, (_, n) => queue.run(`conversation:${n % 2}`, async () => n));
    expect(queue.busyKeys).toBe(2);
    expect(await Promise.all(turns)).toEqual([0, 1, 2]);
    await Promise.resolve();
    expect(queue.busyKeys).toBe(0);
  });

  it('forgets a key whose last work failed', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('conversation:1', async () => Promise.reject(new Error('crashed')))).rejects.toThrow('crashed');
    await Promise.resolve();
    expect(queue.busyKeys).toBe(0);
  });

  it('turns work that throws before returning a promise into a rejection', async () => {
    const queue = new KeyedQueue();
    const work = (() => {
      throw new Error('sync crash');
    }) as () => Promise<void>;
    await expect(queue.run('conversation:1', work)).rejects.toThrow('sync crash');
    expect(await queue.run('conversation:1', async () => 'next')).toBe('next');
  });
});
