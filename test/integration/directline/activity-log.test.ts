import { describe, expect, it } from 'vitest';
import { ActivityLog, type ActivitySet } from '../../../src/channels/directline/activity-log';
import { ManualClock } from '../../../src/domain/clock';
import { MemoryStore } from '../../../src/store/memory';

const bot = { id: 'amicable', role: 'bot' as const };

function makeLog(limits: Partial<{ maxActivitiesPerConversation: number; idleMinutes: number }> = {}) {
  const clock = new ManualClock(new Date('2026-11-23T15:00:00Z'));
  const log = new ActivityLog(new MemoryStore(clock), clock, { maxActivitiesPerConversation: 3, idleMinutes: 60, ...limits });
  return { clock, log };
}

const texts = (set: ActivitySet) => set.activities.map((activity) => activity.text);

describe('web-chat activity log (a store feed per conversation, bounded)', () => {
  it('keeps only the newest activities of a conversation while watermarks keep counting', async () => {
    const { log } = makeLog();
    for (const text of ['a', 'b', 'c', 'd', 'e']) await log.append('c1', { type: 'message', text, from: bot });
    const all = await log.since('c1', 0);
    expect(texts(all)).toEqual(['c', 'd', 'e']);
    expect(all.watermark).toBe('5');
    expect(texts(await log.since('c1', 4))).toEqual(['e']);
    expect(all.activities[2]).toMatchObject({ id: 'c1|0000005', channelId: 'webchat', conversation: { id: 'c1' }, timestamp: '2026-11-23T15:00:00.000Z', from: bot });
  });

  it('forgets a conversation nobody wrote to for the idle window; a watermark from before then reads the new activities', async () => {
    const { log, clock } = makeLog();
    await log.append('c1', { type: 'message', text: 'old', from: bot });
    await log.append('c1', { type: 'message', text: 'older still kept', from: bot });
    clock.advance(61 * 60_000);
    expect(await log.since('c1', 0)).toEqual({ activities: [], watermark: '0' });
    await log.append('c1', { type: 'message', text: 'new', from: bot });
    // The client's watermark 2 was given out before: it must not hide activity 1 of the new feed.
    expect(texts(await log.since('c1', 2))).toEqual(['new']);
  });

  it('appends once per once key, answering the first id with duplicate', async () => {
    const { log } = makeLog();
    const first = await log.append('c1', { type: 'message', text: 'hi', from: { id: 'visitor', role: 'user' } }, 'client:1');
    const again = await log.append('c1', { type: 'message', text: 'hi', from: { id: 'visitor', role: 'user' } }, 'client:1');
    expect(first).toEqual({ id: 'c1|0000001', duplicate: false });
    expect(again).toEqual({ id: 'c1|0000001', duplicate: true });
    expect(texts(await log.since('c1', 0))).toEqual(['hi']);
  });

  it('marks a message answered only when told, for the idle window', async () => {
    const { log, clock } = makeLog();
    const { id } = await log.append('c1', { type: 'message', text: 'hi', from: { id: 'visitor', role: 'user' } }, 'client:1');
    expect(await log.answered(id)).toBe(false);
    await log.markAnswered(id);
    expect(await log.answered(id)).toBe(true);
    clock.advance(61 * 60_000);
    expect(await log.answered(id)).toBe(false);
  });

  it('tells a watcher of the conversation when it grows', async () => {
    const { log } = makeLog();
    const notices: string[] = [];
    const stop = await log.watch('c1', () => notices.push('c1'));
    await log.append('c1', { type: 'message', text: 'a', from: bot });
    await log.append('c2', { type: 'message', text: 'b', from: bot });
    stop();
    await log.append('c1', { type: 'message', text: 'c', from: bot });
    expect(notices).toEqual(['c1']);
  });
});
