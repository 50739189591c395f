import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../src/domain/account';
import type { Arrangement } from '../../../src/domain/arrangement';
import type { HandoffCase } from '../../../src/domain/handoff-case';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { LOG_REPLAY_WINDOW, type Store } from '../../../src/store/store';

export interface StoreUnderTest {
  store: Store;
  /** Lets `ms` of time pass as the store sees it: a moved clock, or a real wait for Redis. */
  elapse(ms: number): Promise<void>;
}

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 'NW-1001',
    firstName: 'Maria',
    lastName: 'Lopez',
    phone: '+15125550101',
    dateOfBirth: '1985-03-14',
    zip: '78701',
    balanceCents: 124_050,
    language: 'en',
    timezone: 'America/Chicago',
    daysPastDue: 95,
    status: 'active',
    timeBarred: false,
    smsConsent: true,
    flags: [],
    ...overrides,
  };
}

export function aHandoff(overrides: Partial<HandoffCase> = {}): HandoffCase {
  return {
    id: 'case-1',
    accountId: 'NW-1001',
    conversationId: 'conv-1',
    reason: 'requested_person',
    priority: 2,
    status: 'open',
    channel: 'sms',
    address: '+15125550101',
    createdAt: '2026-11-23T15:00:00.000Z',
    slaDueAt: '2026-11-23T16:00:00.000Z',
    claimedBy: null,
    summary: 'Asked for a person',
    ...overrides,
  };
}

function anArrangement(overrides: Partial<Arrangement> = {}): Arrangement {
  return {
    id: 'arr-1',
    accountId: 'NW-1001',
    kind: 'promise',
    status: 'active',
    totalCents: 10_000,
    installments: [{ dueDate: '2026-12-01', amountCents: 10_000, status: 'scheduled' }],
    channel: 'sms',
    createdAt: '2026-11-23T15:00:00.000Z',
    ...overrides,
  };
}

function anEntry(text: string): TranscriptEntry {
  return { at: '2026-11-23T15:00:00.000Z', direction: 'in', channel: 'sms', conversationId: 'conv-1', actor: 'debtor', text };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function claimBy(specialist: string) {
  return (handoff: HandoffCase): HandoffCase => ({ ...handoff, status: 'claimed', claimedBy: specialist });
}

/** One behavioural specification every Store implementation must meet. */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name}: the Store contract`, () => {
    let store: Store;
    let elapse: (ms: number) => Promise<void>;

    beforeEach(async () => {
      ({ store, elapse } = await makeStore());
    });
    afterEach(async () => {
      await store?.close();
    });

    describe('accounts', () => {
      it('returns an account as it was put, and null for an unknown id', async () => {
        const maria = anAccount({ itemization: { itemizationDate: '2026-06-30', itemizationBalanceCents: 118_000, interestSinceCents: 3550, feesSinceCents: 2500, paymentsSinceCents: 0, creditsSinceCents: 0 } });
        await store.putAccounts([maria]);
        expect(await store.getAccount('NW-1001')).toEqual(maria);
        expect(await store.getAccount('NW-404')).toBeNull();
      });

      it('finds every account sharing a phone, ordered by id, and none for an unknown phone', async () => {
        await store.putAccounts([
          anAccount({ id: 'NW-2', phone: '+15125550101' }),
          anAccount({ id: 'NW-1', phone: '+15125550101' }),
          anAccount({ id: 'NW-3', phone: '+13055550102' }),
        ]);
        expect((await store.findAccountsByPhone('+15125550101')).map((account) => account.id)).toEqual(['NW-1', 'NW-2']);
        expect(await store.findAccountsByPhone('+19995550000')).toEqual([]);
      });

      it('finds an account by its new phone only, once a reload changed it', async () => {
        await store.putAccounts([anAccount({ phone: '+15125550101' })]);
        await store.putAccounts([anAccount({ phone: '+15125550199' })]);
        expect(await store.findAccountsByPhone('+15125550101')).toEqual([]);
        expect((await store.findAccountsByPhone('+15125550199')).map((account) => account.id)).toEqual(['NW-1001']);
      });

      it('updateAccount stores and returns what the change made of the account', async () => {
        await store.putAccounts([anAccount()]);
        const updated = await store.updateAccount('NW-1001', (account) => ({ ...account, flags: [...account.flags, 'dispute'] }));
        expect(updated.flags).toEqual(['dispute']);
        expect(await store.getAccount('NW-1001')).toEqual(updated);
      });

      it('RF-02 / RF-06: updateAccount keeps the contact preferences a debtor designated', async () => {
        await store.putAccounts([anAccount()]);
        const contactPreferences = {
          inconvenientTimes: [{ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:00' }],
          stoppedMedia: ['sms' as const],
          preferredMedia: ['email' as const],
          noWorkplaceContact: true,
          updatedAt: '2026-11-23T18:00:00.000Z',
        };
        await store.updateAccount('NW-1001', (account) => ({ ...account, contactPreferences }));
        expect((await store.getAccount('NW-1001'))?.contactPreferences).toEqual(contactPreferences);
      });

      it('updateAccount moves the account to its new phone', async () => {
        await store.putAccounts([anAccount({ phone: '+15125550101' })]);
        await store.updateAccount('NW-1001', (account) => ({ ...account, phone: '+15125550199' }));
        expect(await store.findAccountsByPhone('+15125550101')).toEqual([]);
        expect((await store.findAccountsByPhone('+15125550199')).map((account) => account.id)).toEqual(['NW-1001']);
      });

      it('updateAccount of an unknown account fails with not_found', async () => {
        await expect(store.updateAccount('NW-404', (account) => account)).rejects.toMatchObject({ name: 'StoreError', code: 'not_found' });
      });

      it('concurrent updates of one account lose no change', async () => {
        await store.putAccounts([anAccount()]);
        const flags = ['dispute', 'cease', 'attorney', 'hardship', 'wrong_number', 'validation_sent'] as const;
        await Promise.all(flags.map((flag) => store.updateAccount('NW-1001', (account) => ({ ...account, flags: [...account.flags, flag] }))));
        expect((await store.getAccount('NW-1001'))?.flags.slice().sort()).toEqual([...flags].sort());
      });

      it('hands out copies: changing a returned account changes nothing stored', async () => {
        const maria = anAccount();
        await store.putAccounts([maria]);
        maria.flags.push('cease');
        const read = await store.getAccount('NW-1001');
        read!.flags.push('attorney');
        expect((await store.getAccount('NW-1001'))?.flags).toEqual([]);
      });
    });

    describe('arrangements', () => {
      it("lists an account's arrangements in the order they were added, and none for another account", async () => {
        await store.addArrangement(anArrangement({ id: 'arr-1' }));
        await store.addArrangement(anArrangement({ id: 'arr-2', kind: 'plan', frequency: 'monthly' }));
        await store.addArrangement(anArrangement({ id: 'arr-3', accountId: 'NW-1002' }));
        expect((await store.listArrangements('NW-1001')).map((arrangement) => arrangement.id)).toEqual(['arr-1', 'arr-2']);
        expect((await store.listArrangements('NW-1001'))[1]).toEqual(anArrangement({ id: 'arr-2', kind: 'plan', frequency: 'monthly' }));
        expect(await store.listArrangements('NW-404')).toEqual([]);
      });

      // Issue #20: a turn replayed after a crash derives the same arrangement id and must not add a second plan.
      it('adds an arrangement whose id is already on the account once, keeping the first', async () => {
        expect(await store.addArrangement(anArrangement({ id: 'arr-1', createdAt: '2026-11-23T15:00:00.000Z' }))).toBe(true);
        expect(await store.addArrangement(anArrangement({ id: 'arr-1', createdAt: '2026-11-23T15:00:09.000Z' }))).toBe(false);
        expect(await store.addArrangement(anArrangement({ id: 'arr-2' }))).toBe(true);
        expect(await store.listArrangements('NW-1001')).toEqual([anArrangement({ id: 'arr-1' }), anArrangement({ id: 'arr-2' })]);
      });

      it('adds one arrangement when the same id is added several times at once', async () => {
        const added = await Promise.all([1, 2, 3, 4].map(() => store.addArrangement(anArrangement({ id: 'arr-1' }))));
        expect(added.filter(Boolean)).toHaveLength(1);
        expect(await store.listArrangements('NW-1001')).toHaveLength(1);
      });
    });

    describe('handoff cases', () => {
      beforeEach(async () => {
        await store.addHandoff(aHandoff({ id: 'case-b', createdAt: '2026-11-23T15:02:00.000Z' }));
        await store.addHandoff(aHandoff({ id: 'case-a', createdAt: '2026-11-23T15:01:00.000Z' }));
        await store.addHandoff(aHandoff({ id: 'case-c', accountId: 'NW-1002', status: 'claimed', claimedBy: 'sam', createdAt: '2026-11-23T15:00:00.000Z' }));
        await store.addHandoff(aHandoff({ id: 'case-d', accountId: null, createdAt: '2026-11-23T15:03:00.000Z' }));
      });

      it('returns a case as it was added, and null for an unknown id', async () => {
        expect(await store.getHandoff('case-a')).toEqual(aHandoff({ id: 'case-a', createdAt: '2026-11-23T15:01:00.000Z' }));
        expect(await store.getHandoff('case-404')).toBeNull();
      });

      it('lists cases oldest first, filtered by status, by account, or both', async () => {
        const ids = (cases: HandoffCase[]) => cases.map((handoff) => handoff.id);
        expect(ids(await store.listHandoffs())).toEqual(['case-c', 'case-a', 'case-b', 'case-d']);
        expect(ids(await store.listHandoffs({ status: 'open' }))).toEqual(['case-a', 'case-b', 'case-d']);
        expect(ids(await store.listHandoffs({ status: 'resolved' }))).toEqual([]);
        expect(ids(await store.listHandoffs({ accountId: 'NW-1001' }))).toEqual(['case-a', 'case-b']);
        expect(ids(await store.listHandoffs({ status: 'claimed', accountId: 'NW-1002' }))).toEqual(['case-c']);
        expect(ids(await store.listHandoffs({ status: 'open', accountId: 'NW-1002' }))).toEqual([]);
      });

      it('claims an open case once: a second claim finds it changed and gets null', async () => {
        const claimed = await store.updateHandoff('case-a', 'open', claimBy('ana'));
        expect(claimed).toMatchObject({ id: 'case-a', status: 'claimed', claimedBy: 'ana' });
        expect(await store.updateHandoff('case-a', 'open', claimBy('ben'))).toBeNull();
        expect(await store.getHandoff('case-a')).toEqual(claimed);
        expect((await store.listHandoffs({ status: 'claimed' })).map((handoff) => handoff.id)).toEqual(['case-c', 'case-a']);
        expect((await store.listHandoffs({ status: 'open' })).map((handoff) => handoff.id)).toEqual(['case-b', 'case-d']);
      });

      it('lets exactly one of several simultaneous claims win', async () => {
        const specialists = ['ana', 'ben', 'cat', 'dan', 'eve'];
        const results = await Promise.all(specialists.map((specialist) => store.updateHandoff('case-b', 'open', claimBy(specialist))));
        const winners = results.filter((result) => result !== null);
        expect(winners).toHaveLength(1);
        expect((await store.getHandoff('case-b'))?.claimedBy).toBe(winners[0]?.claimedBy);
      });

      it('moves a claimed case on to resolved, and returns null for an unknown case', async () => {
        const resolved = await store.updateHandoff('case-c', 'claimed', (handoff) => ({ ...handoff, status: 'resolved', resolvedAt: '2026-11-23T16:00:00.000Z', outcome: 'plan agreed' }));
        expect(resolved).toMatchObject({ status: 'resolved', outcome: 'plan agreed' });
        expect((await store.listHandoffs({ status: 'resolved' })).map((handoff) => handoff.id)).toEqual(['case-c']);
        expect(await store.updateHandoff('case-404', 'open', claimBy('ana'))).toBeNull();
      });

      it('adds a case whose id exists once: the stored case, claimed or not, stays as it is', async () => {
        const claimed = await store.updateHandoff('case-a', 'open', claimBy('ana'));
        expect(await store.addHandoff(aHandoff({ id: 'case-a', summary: 'replayed' }))).toBe(false);
        expect(await store.getHandoff('case-a')).toEqual(claimed);
        expect((await store.listHandoffs({ status: 'open' })).map((handoff) => handoff.id)).toEqual(['case-b', 'case-d']);
        expect(await store.addHandoff(aHandoff({ id: 'case-e' }))).toBe(true);
      });
    });

    describe('transcripts', () => {
      it('returns entries in the order they were appended, one list per key', async () => {
        await store.appendLog('NW-1001', anEntry('hi'));
        await store.appendLog('conversation:c-9', anEntry('elsewhere'));
        await store.appendLog('NW-1001', { ...anEntry('$100 a month'), direction: 'out', actor: 'assistant', decision: { action: 'allow', ruleIds: ['RF-1'], policyVersion: 'v1' } });
        await store.appendLog('NW-1001', anEntry('yes'));
        const transcript = await store.readLog<TranscriptEntry>('NW-1001');
        expect(transcript.map((entry) => entry.text)).toEqual(['hi', '$100 a month', 'yes']);
        expect(transcript[1]?.decision).toEqual({ action: 'allow', ruleIds: ['RF-1'], policyVersion: 'v1' });
        expect(await store.readLog<TranscriptEntry>('NW-404')).toEqual([]);
      });

      it('deletes one whole transcript and leaves the others', async () => {
        await store.appendLog('conversation:old', anEntry('from long ago'));
        await store.appendLog('conversation:new', anEntry('recent'));
        await store.deleteLog('conversation:old');
        await store.deleteLog('conversation:never-existed');
        expect(await store.readLog<TranscriptEntry>('conversation:old')).toEqual([]);
        expect((await store.readLog<TranscriptEntry>('conversation:new')).map((entry) => entry.text)).toEqual(['recent']);
      });

      // Issue #20: a failed turn's retry must not record the debtor's message twice.
      it('appends an entry whose id is in the log\'s recent entries once, however often it is appended', async () => {
        const entry = (id: string, text: string) => ({ ...anEntry(text), id });
        expect(await store.appendLogOnce('conversation:c-1', entry('turn-1:in', 'yes'))).toBe(true);
        expect(await store.appendLogOnce('conversation:c-1', entry('turn-1:in', 'yes'))).toBe(false);
        expect(await store.appendLogOnce('conversation:c-1', entry('turn-1:out', 'Your plan is set up'))).toBe(true);
        await store.appendLog('conversation:c-1', anEntry('a status report'));
        expect(await store.appendLogOnce('conversation:c-1', entry('turn-1:in', 'yes'))).toBe(false);
        expect(await store.appendLogOnce('conversation:c-2', entry('turn-1:in', 'yes'))).toBe(true);
        expect((await store.readLog<TranscriptEntry>('conversation:c-1')).map((e) => e.text)).toEqual(['yes', 'Your plan is set up', 'a status report']);
      });

      it('matches an id only as the entry\'s own id, not inside its text', async () => {
        await store.appendLogOnce('conversation:c-1', { ...anEntry('my reference is "id":"turn-1:in"'), id: 'turn-0:in' });
        expect(await store.appendLogOnce('conversation:c-1', { ...anEntry('yes'), id: 'turn-1:in' })).toBe(true);
      });

      it(`looks back ${LOG_REPLAY_WINDOW} entries: an id further back is appended again`, async () => {
        await store.appendLogOnce('conversation:c-1', { ...anEntry('yes'), id: 'turn-1:in' });
        for (let n = 1; n < LOG_REPLAY_WINDOW; n++) await store.appendLog('conversation:c-1', anEntry(`later ${n}`));
        expect(await store.appendLogOnce('conversation:c-1', { ...anEntry('yes'), id: 'turn-1:in' })).toBe(false);
        await store.appendLog('conversation:c-1', anEntry('one more'));
        expect(await store.appendLogOnce('conversation:c-1', { ...anEntry('yes'), id: 'turn-1:in' })).toBe(true);
      });

      it('appends one entry when the same id is appended several times at once', async () => {
        const appended = await Promise.all([1, 2, 3, 4].map(() => store.appendLogOnce('conversation:c-1', { ...anEntry('yes'), id: 'turn-1:in' })));
        expect(appended.filter(Boolean)).toHaveLength(1);
        expect(await store.readLog('conversation:c-1')).toHaveLength(1);
      });
    });

    describe('documents', () => {
      it('sets, overwrites and deletes a document; an unknown key reads as null', async () => {
        expect(await store.getDocument('session:1')).toBeNull();
        await store.setDocument('session:1', { step: 'verify', attempts: 1 });
        await store.setDocument('session:1', { step: 'menu', attempts: 0 });
        expect(await store.getDocument('session:1')).toEqual({ step: 'menu', attempts: 0 });
        await store.deleteDocument('session:1');
        expect(await store.getDocument('session:1')).toBeNull();
        await store.deleteDocument('never-set');
      });

      it('forgets a document once its time to live has passed', async () => {
        await store.setDocument('lockout:1', { failures: 3 }, 1);
        expect(await store.getDocument('lockout:1')).toEqual({ failures: 3 });
        await elapse(1100);
        expect(await store.getDocument('lockout:1')).toBeNull();
      });

      it('keeps a document rewritten without a time to live', async () => {
        await store.setDocument('optout:1', { at: 'then' }, 1);
        await store.setDocument('optout:1', { at: 'now' });
        await elapse(1100);
        expect(await store.getDocument('optout:1')).toEqual({ at: 'now' });
      });

      it('rejects a time to live that is not positive', async () => {
        await expect(store.setDocument('x', 1, 0)).rejects.toBeInstanceOf(RangeError);
        await expect(store.setDocument('x', 1, -5)).rejects.toBeInstanceOf(RangeError);
      });
    });

    describe('feeds (web chat activities, numbered alike on every instance)', () => {
      const feed = { keep: 3, ttlSeconds: 60 };

      it('numbers entries 1, 2, 3... and keeps the newest while the numbers keep counting', async () => {
        for (const text of ['a', 'b', 'c', 'd', 'e']) await store.appendToFeed('webchat:c1', { text }, feed);
        expect(await store.readFeed('webchat:c1', 0)).toEqual({
          sequence: 5,
          entries: [
            { sequence: 3, entry: { text: 'c' } },
            { sequence: 4, entry: { text: 'd' } },
            { sequence: 5, entry: { text: 'e' } },
          ],
        });
        expect((await store.readFeed('webchat:c1', 4)).entries).toEqual([{ sequence: 5, entry: { text: 'e' } }]);
        expect(await store.readFeed('webchat:c1', 5)).toEqual({ sequence: 5, entries: [] });
        expect(await store.readFeed('webchat:unknown', 0)).toEqual({ sequence: 0, entries: [] });
      });

      it('keeps two equal entries apart', async () => {
        await store.appendToFeed('webchat:c1', { text: 'yes' }, feed);
        await store.appendToFeed('webchat:c1', { text: 'yes' }, feed);
        expect((await store.readFeed('webchat:c1', 0)).entries.map((kept) => kept.sequence)).toEqual([1, 2]);
      });

      it('appends an entry once per once key, answering the number it got the first time', async () => {
        expect(await store.appendToFeed('webchat:c1', { text: 'hi' }, { ...feed, onceKey: 'client-1' })).toEqual({ sequence: 1, appended: true });
        await store.appendToFeed('webchat:c1', { text: 'reply' }, feed);
        expect(await store.appendToFeed('webchat:c1', { text: 'hi' }, { ...feed, onceKey: 'client-1' })).toEqual({ sequence: 1, appended: false });
        const both = await Promise.all([1, 2].map(() => store.appendToFeed('webchat:c1', { text: 'again' }, { ...feed, onceKey: 'client-2' })));
        expect(both.map((result) => result.appended).sort()).toEqual([false, true]);
        expect((await store.readFeed('webchat:c1', 0)).entries.map((kept) => kept.entry)).toEqual([{ text: 'hi' }, { text: 'reply' }, { text: 'again' }]);
      });

      it('tells watchers of a feed that it grew, and stops when asked', async () => {
        let notices = 0;
        const stop = await store.watchFeed('webchat:c1', () => notices++);
        let otherNotices = 0;
        const stopOther = await store.watchFeed('webchat:c2', () => otherNotices++);
        await store.appendToFeed('webchat:c1', { text: 'a' }, feed);
        for (let wait = 0; wait < 100 && notices === 0; wait++) await tick(10);
        expect(notices).toBeGreaterThanOrEqual(1);
        stop();
        const seen = notices;
        await store.appendToFeed('webchat:c1', { text: 'b' }, feed);
        await store.appendToFeed('webchat:c2', { text: 'c' }, feed);
        for (let wait = 0; wait < 100 && otherNotices === 0; wait++) await tick(10);
        expect(otherNotices).toBeGreaterThanOrEqual(1);
        expect(notices).toBe(seen);
        stopOther();
      });

      it('forgets a feed nobody appended to for its time to live; it then starts again from 1', async () => {
        await store.appendToFeed('webchat:c1', { text: 'old' }, { keep: 3, ttlSeconds: 1 });
        await store.appendToFeed('webchat:c1', { text: 'hi' }, { keep: 3, ttlSeconds: 1, onceKey: 'client-1' });
        await elapse(1100);
        expect(await store.readFeed('webchat:c1', 0)).toEqual({ sequence: 0, entries: [] });
        expect(await store.appendToFeed('webchat:c1', { text: 'hi' }, { keep: 3, ttlSeconds: 1, onceKey: 'client-1' })).toEqual({ sequence: 1, appended: true });
      });
    });

    describe('withLock', () => {
      it('runs ten turns of one key one at a time, in the order they asked', async () => {
        let running = 0;
        let mostAtOnce = 0;
        const order: number[] = [];
        await Promise.all(
          Array.from({ length: 10 }, (_, turn) =>
            store.withLock('conversation:1', async () => {
              running++;
              mostAtOnce = Math.max(mostAtOnce, running);
              await tick(turn % 3);
              order.push(turn);
              running--;
            }),
          ),
        );
        expect(mostAtOnce).toBe(1);
        expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      });

      it('runs turns of different keys at the same time', async () => {
        let openGate!: () => void;
        const gate = new Promise<void>((resolve) => (openGate = resolve));
        // The first turn can only finish once the second one ran: serializing them would hang.
        const first = store.withLock('conversation:1', async () => {
          await gate;
          return 'first';
        });
        const second = store.withLock('conversation:2', async () => {
          openGate();
          return 'second';
        });
        expect(await Promise.all([first, second])).toEqual(['first', 'second']);
      });

      it('gives the failure to the turn that threw, and the lock to the next turn', async () => {
        const failing = store.withLock('conversation:1', async () => {
          throw new Error('dialog crashed');
        });
        const next = store.withLock('conversation:1', async () => 'answered');
        await expect(failing).rejects.toThrow('dialog crashed');
        expect(await next).toBe('answered');
        expect(await store.withLock('conversation:1', async () => 42)).toBe(42);
      });
    });

    describe('account ids', () => {
      it('lists every account id once, however often it was put', async () => {
        await store.putAccounts([anAccount(), anAccount({ id: 'NW-1002', phone: '+15125550102' })]);
        await store.putAccounts([anAccount()]);
        expect((await store.listAccountIds()).sort()).toEqual(['NW-1001', 'NW-1002']);
      });
    });

    describe('updating arrangements', () => {
      it('changes one arrangement in place and keeps the order of the others', async () => {
        await store.addArrangement(anArrangement({ id: 'a' }));
        await store.addArrangement(anArrangement({ id: 'b' }));
        const kept = await store.updateArrangement('NW-1001', 'a', (arrangement) => ({ ...arrangement, status: 'kept' }));
        expect(kept.status).toBe('kept');
        expect((await store.listArrangements('NW-1001')).map((a) => [a.id, a.status])).toEqual([
          ['a', 'kept'],
          ['b', 'active'],
        ]);
      });

      it('fails with not_found for an unknown arrangement', async () => {
        await expect(store.updateArrangement('NW-1001', 'nope', (a) => a)).rejects.toMatchObject({ code: 'not_found' });
      });

      it('concurrent updates of one arrangement lose no change', async () => {
        await store.addArrangement(anArrangement({ id: 'a', installments: [] }));
        await Promise.all(
          ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((dueDate) =>
            store.updateArrangement('NW-1001', 'a', (arrangement) => ({
              ...arrangement,
              installments: [...arrangement.installments, { dueDate, amountCents: 100, status: 'scheduled' }],
            })),
          ),
        );
        const [stored] = await store.listArrangements('NW-1001');
        expect(stored?.installments.map((i) => i.dueDate).sort()).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
      });
    });

    describe('documents written only once', () => {
      it('writes an absent key and refuses to overwrite it', async () => {
        expect(await store.setDocumentIfAbsent('payment:p-1', { amountCents: 100 })).toBe(true);
        expect(await store.setDocumentIfAbsent('payment:p-1', { amountCents: 999 })).toBe(false);
        expect(await store.getDocument('payment:p-1')).toEqual({ amountCents: 100 });
      });

      it('only one of several simultaneous writers wins', async () => {
        const results = await Promise.all([1, 2, 3, 4, 5].map((n) => store.setDocumentIfAbsent('payment:p-2', n)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('counters', () => {
      it('counts from 1, reads as a number and starts again once deleted', async () => {
        expect(await store.incrementDocument('failures:sam', 60)).toBe(1);
        expect(await store.incrementDocument('failures:sam', 60)).toBe(2);
        expect(await store.getDocument('failures:sam')).toBe(2);
        expect(await store.incrementDocument('failures:alex', 60)).toBe(1);
        await store.deleteDocument('failures:sam');
        expect(await store.incrementDocument('failures:sam', 60)).toBe(1);
      });

      it('loses no count when many instances count at once', async () => {
        const counts = await Promise.all(Array.from({ length: 50 }, () => store.incrementDocument('failures:desk', 60)));
        expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
      });

      it('expires its time to live after the first count; counting on does not extend it', async () => {
        await store.incrementDocument('failures:window', 1);
        await elapse(600);
        expect(await store.incrementDocument('failures:window', 1)).toBe(2);
        await elapse(600);
        expect(await store.getDocument('failures:window')).toBeNull();
        expect(await store.incrementDocument('failures:window', 1)).toBe(1);
      });

      it('rejects a time to live that is not positive', async () => {
        await expect(store.incrementDocument('failures:x', 0)).rejects.toBeInstanceOf(RangeError);
      });
    });

    describe('scheduled jobs', () => {
      const job = (id: string, runAt: string) => ({ id, runAt, attempts: 0, payload: { id } });
      const now = new Date('2026-11-23T15:00:00.000Z');

      it('hands out only the jobs that are due, earliest first, up to the limit', async () => {
        await store.scheduleJob('q', job('later', '2026-11-23T16:00:00.000Z'));
        await store.scheduleJob('q', job('second', '2026-11-23T14:30:00.000Z'));
        await store.scheduleJob('q', job('first', '2026-11-23T14:00:00.000Z'));
        await store.scheduleJob('q', job('third', '2026-11-23T14:45:00.000Z'));
        expect((await store.claimDueJobs('q', now, 2, 60_000)).map((j) => j.id)).toEqual(['first', 'second']);
        expect((await store.claimDueJobs('q', now, 10, 60_000)).map((j) => j.id)).toEqual(['third']);
        expect(await store.countJobs('q')).toBe(4);
      });

      it('does not queue the same id twice', async () => {
        expect(await store.scheduleJob('q', job('a', '2026-11-23T14:00:00.000Z'))).toBe(true);
        expect(await store.scheduleJob('q', { ...job('a', '2026-11-23T10:00:00.000Z'), attempts: 5 })).toBe(false);
        const [claimed] = await store.claimDueJobs('q', now, 10, 60_000);
        expect(claimed).toEqual(job('a', '2026-11-23T14:00:00.000Z'));
      });

      it('gives a claimed job to nobody else until its lease ends, then again', async () => {
        await store.scheduleJob('q', job('a', '2026-11-23T14:00:00.000Z'));
        expect(await store.claimDueJobs('q', now, 10, 60_000)).toHaveLength(1);
        expect(await store.claimDueJobs('q', new Date(now.getTime() + 59_000), 10, 60_000)).toHaveLength(0);
        expect(await store.claimDueJobs('q', new Date(now.getTime() + 60_000), 10, 60_000)).toHaveLength(1);
      });

      it('lets exactly one of several simultaneous claimers have a job', async () => {
        await store.scheduleJob('q', job('a', '2026-11-23T14:00:00.000Z'));
        const claims = await Promise.all([1, 2, 3, 4].map(() => store.claimDueJobs('q', now, 10, 60_000)));
        expect(claims.flat()).toHaveLength(1);
      });

      it('drops a completed job and moves a rescheduled one with its new state', async () => {
        await store.scheduleJob('q', job('done', '2026-11-23T14:00:00.000Z'));
        await store.scheduleJob('q', job('retry', '2026-11-23T14:00:00.000Z'));
        await store.claimDueJobs('q', now, 10, 60_000);
        await store.completeJob('q', 'done');
        await store.rescheduleJob('q', { ...job('retry', '2026-11-23T15:30:00.000Z'), attempts: 1 });
        expect(await store.countJobs('q')).toBe(1);
        expect(await store.claimDueJobs('q', new Date('2026-11-23T15:29:00.000Z'), 10, 60_000)).toEqual([]);
        expect(await store.claimDueJobs('q', new Date('2026-11-23T15:30:00.000Z'), 10, 60_000)).toEqual([{ ...job('retry', '2026-11-23T15:30:00.000Z'), attempts: 1 }]);
      });

      // Issue #20: a replayed turn schedules its event again after the outbox delivered it; it must not go twice.
      it('does not queue again a job completed in the week before it was due, and does once that week has passed', async () => {
        await store.scheduleJob('q', job('delivered', '2026-11-23T14:00:00.000Z'));
        await store.scheduleJob('q', job('other', '2026-11-23T14:00:00.000Z'));
        await store.claimDueJobs('q', now, 10, 60_000);
        await store.completeJob('q', 'delivered');
        expect(await store.scheduleJob('q', job('delivered', '2026-11-23T14:00:00.000Z'))).toBe(false);
        expect(await store.claimDueJobs('q', new Date('2026-11-24T14:00:00.000Z'), 10, 60_000)).toEqual([job('other', '2026-11-23T14:00:00.000Z')]);
        // Completing a job eight days later forgets ids completed more than a week before it.
        await store.scheduleJob('q', job('later', '2026-12-01T14:00:00.000Z'));
        await store.claimDueJobs('q', new Date('2026-12-01T14:00:00.000Z'), 10, 60_000);
        await store.completeJob('q', 'later');
        expect(await store.scheduleJob('q', job('delivered', '2026-12-01T15:00:00.000Z'))).toBe(true);
        expect(await store.scheduleJob('q', job('later', '2026-12-01T15:00:00.000Z'))).toBe(false);
      });

      describe('the dead-letter list', () => {
        const dead = (queue: string, id: string, diedAt: string) => ({ queue, job: { ...job(id, '2026-11-23T14:00:00.000Z'), attempts: 3 }, error: 'Error: receiver answered 503', diedAt });

        it('takes a buried job out of its queue and lists it with why it died, the longest dead first, across queues', async () => {
          await store.scheduleJob('events', job('a', '2026-11-23T14:00:00.000Z'));
          await store.scheduleJob('reminders', job('b', '2026-11-23T14:00:00.000Z'));
          await store.claimDueJobs('events', now, 10, 60_000);
          await store.buryJob(dead('events', 'a', '2026-11-23T15:02:00.000Z'));
          await store.buryJob(dead('reminders', 'b', '2026-11-23T15:01:00.000Z'));
          expect(await store.countJobs('events')).toBe(0);
          expect(await store.countJobs('reminders')).toBe(0);
          expect(await store.claimDueJobs('events', new Date('2026-11-24T00:00:00.000Z'), 10, 60_000)).toEqual([]);
          expect(await store.listDeadJobs()).toEqual([dead('reminders', 'b', '2026-11-23T15:01:00.000Z'), dead('events', 'a', '2026-11-23T15:02:00.000Z')]);
        });

        it('does not queue again the id of a dead job', async () => {
          await store.scheduleJob('events', job('a', '2026-11-23T14:00:00.000Z'));
          await store.buryJob(dead('events', 'a', '2026-11-23T15:00:00.000Z'));
          expect(await store.scheduleJob('events', job('a', '2026-11-23T16:00:00.000Z'))).toBe(false);
          expect(await store.countJobs('events')).toBe(0);
        });

        it('revives a dead job once: back in its queue due when asked, with its attempts, and off the list', async () => {
          await store.scheduleJob('events', job('a', '2026-11-23T14:00:00.000Z'));
          await store.buryJob(dead('events', 'a', '2026-11-23T15:00:00.000Z'));
          const runAt = new Date('2026-11-23T15:10:00.000Z');
          expect(await store.reviveJob('events', 'a', runAt)).toBe(true);
          expect(await store.reviveJob('events', 'a', runAt)).toBe(false);
          expect(await store.listDeadJobs()).toEqual([]);
          expect(await store.countJobs('events')).toBe(1);
          expect(await store.claimDueJobs('events', new Date('2026-11-23T15:09:59.000Z'), 10, 60_000)).toEqual([]);
          expect(await store.claimDueJobs('events', runAt, 10, 60_000)).toEqual([{ ...job('a', runAt.toISOString()), attempts: 3 }]);
        });

        it('discards a dead job as if done: off the list, and its id is not queued again', async () => {
          await store.scheduleJob('events', job('a', '2026-11-23T14:00:00.000Z'));
          await store.buryJob(dead('events', 'a', '2026-11-23T15:00:00.000Z'));
          expect(await store.discardDeadJob('events', 'a')).toBe(true);
          expect(await store.discardDeadJob('events', 'a')).toBe(false);
          expect(await store.listDeadJobs()).toEqual([]);
          expect(await store.scheduleJob('events', job('a', '2026-11-23T14:00:00.000Z'))).toBe(false);
          expect(await store.countJobs('events')).toBe(0);
        });

        it('knows no dead job by an id of another queue, or an unknown id', async () => {
          await store.buryJob(dead('events', 'a', '2026-11-23T15:00:00.000Z'));
          expect(await store.reviveJob('reminders', 'a', now)).toBe(false);
          expect(await store.discardDeadJob('events', 'nope')).toBe(false);
          expect(await store.listDeadJobs()).toHaveLength(1);
        });
      });

      it('keeps queues apart', async () => {
        await store.scheduleJob('reminders', job('a', '2026-11-23T14:00:00.000Z'));
        expect(await store.claimDueJobs('events', now, 10, 60_000)).toEqual([]);
        expect(await store.countJobs('events')).toBe(0);
      });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
