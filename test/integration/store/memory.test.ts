import { ManualClock } from '../../../src/domain/clock';
import { createStore } from '../../../src/store/create-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('memory store', async () => {
  const clock = new ManualClock(new Date('2026-11-23T15:00:00Z'));
  return {
    store: createStore({ kind: 'memory', clock }),
    elapse: async (ms) => clock.advance(ms),
  };
});
