import { describe, expect, it } from 'vitest';
import { ActivityLog } from '../../../src/channels/directline/activity-log';
import { ManualClock } from '../../../src/domain/clock';

const bot = { id: 'amicable', role: 'bot' as const };

function makeLog(limits: Partial<{ maxActivitiesPerConversation: number; maxConversations: number; idleMinutes: number }> = {}) {
  const clock = new ManualClock(new Date('2026-11-23T15:00:00Z'));
  const log = new ActivityLog(clock, { maxActivitiesPerConversation: 3, maxConversations: 2, idleMinutes: 60, ...limits });
  return { clock, log };
}

describe('web-chat activity log (memory, bounded)', () => {
  it('keeps only the newest activities of a conversation while watermarks keep counting', () => {
    const { log } = makeLog();
    for (const text of ['a', 'b', 'c', 'd', 'e']) log.append('c1', { type: 'message', text, from: bot });
    const all = log.since('c1', 0);
    expect(all.activities.map((activity) => activity.text)).toEqual(['c', 'd', 'e']);
    expect(all.watermark).toBe('5');
    expect(log.since('c1', 4).activities.map((activity) => activity.text)).toEqual(['e']);
  });

  it('forgets a conversation nobody touched for the idle window, unless a stream is open on it', () => {
    const { log, clock } = makeLog({ maxConversations: 100 });
    log.append('idle', { type: 'message', text: 'old', from: bot });
    log.append('watched', { type: 'message', text: 'kept', from: bot });
    const unsubscribe = log.subscribe('watched', () => {});
    clock.advance(61 * 60_000);
    log.append('other', { type: 'message', text: 'new', from: bot });
    expect(log.since('watched', 0).activities.map((activity) => activity.text)).toEqual(['kept']);
    expect(log.since('idle', 0)).toEqual({ activities: [], watermark: '0' });
    unsubscribe();
  });

  it('evicts the least recently used conversation beyond the cap', () => {
    const { log } = makeLog({ maxConversations: 2 });
    log.append('first', { type: 'message', text: '1', from: bot });
    log.append('second', { type: 'message', text: '2', from: bot });
    log.since('first', 0); // touching it makes "second" the least recently used
    log.append('third', { type: 'message', text: '3', from: bot });
    expect(log.size).toBe(2);
    expect(log.since('first', 0).activities).toHaveLength(1);
  });
});
