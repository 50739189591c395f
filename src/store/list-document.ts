import type { Store } from './store';

/**
 * Adds `item` to the list document at `key` unless it is there. The common case (already there:
 * a conversation linked to its account again) is one read and no lock; only an addition takes the
 * lock, and reads again under it so concurrent additions lose nothing.
 */
export async function addToListDocument(store: Pick<Store, 'getDocument' | 'setDocument' | 'withLock'>, key: string, item: string): Promise<void> {
  if ((await store.getDocument<string[]>(key))?.includes(item)) return;
  await store.withLock(key, async () => {
    const list = (await store.getDocument<string[]>(key)) ?? [];
    if (!list.includes(item)) await store.setDocument(key, [...list, item]);
  });
}

/** Removes `item` from the list document at `key`, under the same lock additions take. */
export async function removeFromListDocument(store: Pick<Store, 'getDocument' | 'setDocument' | 'withLock'>, key: string, item: string): Promise<void> {
  await store.withLock(key, async () => {
    const list = (await store.getDocument<string[]>(key)) ?? [];
    if (list.includes(item)) await store.setDocument(key, list.filter((entry) => entry !== item));
  });
}
