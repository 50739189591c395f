import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Retention } from '../../../src/audit/retention';
import { TranscriptLog } from '../../../src/audit/transcript-log';
import { ManualClock } from '../../../src/domain/clock';
import { createStore } from '../../../src/store/create-store';
import type { Store } from '../../../src/store/store';

const DAY = 86_400_000;

/** The purge job against the real memory store: purged transcripts are really gone. */
describe('RF-24 retention purge job', () => {
  let clock: ManualClock;
  let store: Store;
  let retention: Retention;
  let transcripts: TranscriptLog;

  beforeEach(() => {
    clock = new ManualClock(new Date('2026-01-10T15:00:00Z'));
    store = createStore({ kind: 'memory', clock, keyPrefix: 'retention-test:' });
    retention = new Retention(store);
    transcripts = new TranscriptLog(store);
  });
  afterEach(async () => {
    await store.close();
  });

  async function talk(conversationId: string, accountIds: string[]): Promise<void> {
    for (const accountId of accountIds) await transcripts.linkAccount(accountId, conversationId);
    // TranscriptLog keeps the retention index current: no separate touch.
    await transcripts.record({ at: clock.now().toISOString(), direction: 'in', channel: 'sms', conversationId, actor: 'debtor', text: 'hi' });
  }

  it('purges nothing before three years and everything due after, unlinking it from the account', async () => {
    await talk('sms:+15125550101', ['NW-1001']);
    clock.advance(1094 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);
    expect(await store.readLog('conversation:sms:+15125550101')).toHaveLength(1);

    clock.advance(2 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual(['sms:+15125550101']);
    expect(await store.readLog('conversation:sms:+15125550101')).toEqual([]);
    expect(await store.getDocument('account-conversations:NW-1001')).toEqual([]);
    // A second run finds nothing left to do.
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);
  });

  it('keeps an old conversation while its account stays active in another conversation', async () => {
    await talk('sms:+15125550101', ['NW-1001']);
    clock.advance(1000 * DAY);
    await talk('webchat:abc', ['NW-1001']);
    clock.advance(200 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);

    clock.advance(1000 * DAY);
    expect((await retention.purge(clock.now(), 1095)).sort()).toEqual(['sms:+15125550101', 'webchat:abc']);
  });

  it('a conversation active again is judged by its newest activity', async () => {
    await talk('sms:+13055550102', []);
    clock.advance(800 * DAY);
    await talk('sms:+13055550102', []);
    clock.advance(400 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);
    clock.advance(700 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual(['sms:+13055550102']);
  });

  it('linkAccount before the first touch lets the account keep the conversation', async () => {
    await retention.linkAccount('sms:+12065550103', 'NW-1003');
    await retention.touch('sms:+12065550103', clock.now());
    clock.advance(1000 * DAY);
    await talk('webchat:later', ['NW-1003']);
    clock.advance(500 * DAY);
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);
    clock.advance(700 * DAY);
    expect((await retention.purge(clock.now(), 1095)).sort()).toEqual(['sms:+12065550103', 'webchat:later']);
  });

  it('does nothing when nothing was ever recorded', async () => {
    expect(await retention.purge(clock.now(), 1095)).toEqual([]);
  });
});
