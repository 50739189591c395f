import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock';
import { loadAccounts } from '../../src/runtime';
import { createStore } from '../../src/store/create-store';
import { anAccount } from '../fixtures/accounts';

describe('loading the portfolio again at a restart', () => {
  it('takes who the debtor is and the balance from the file, but never drops a flag a debtor raised', async () => {
    const store = createStore({ kind: 'memory', clock: new ManualClock(new Date('2026-11-23T15:00:00Z')) });
    await loadAccounts(store, [anAccount({ id: 'A-1', balanceCents: 120_400 }), anAccount({ id: 'A-2', phone: '+13125550124' })]);
    // In conversation, A-1 disputed the debt and asked us to stop.
    await store.updateAccount('A-1', (account) => ({ ...account, flags: ['dispute', 'cease'] }));

    await loadAccounts(store, [anAccount({ id: 'A-1', balanceCents: 99_900, flags: ['attorney'] }), anAccount({ id: 'A-3', phone: '+13125550125' })]);

    expect(await store.getAccount('A-1')).toMatchObject({ balanceCents: 99_900, flags: ['dispute', 'cease', 'attorney'] });
    expect((await store.listAccountIds()).sort()).toEqual(['A-1', 'A-2', 'A-3']);
  });

  it('RF-02 / RF-06: never drops the contact preferences a debtor designated', async () => {
    const store = createStore({ kind: 'memory', clock: new ManualClock(new Date('2026-11-23T15:00:00Z')) });
    await loadAccounts(store, [anAccount({ id: 'A-1' })]);
    const contactPreferences = { inconvenientTimes: [{ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:00' }], stoppedMedia: [], preferredMedia: [], noWorkplaceContact: true, updatedAt: '2026-11-23T15:00:00.000Z' };
    await store.updateAccount('A-1', (account) => ({ ...account, contactPreferences }));

    await loadAccounts(store, [anAccount({ id: 'A-1', balanceCents: 99_900 })]);

    expect(await store.getAccount('A-1')).toMatchObject({ balanceCents: 99_900, contactPreferences });
  });
});
