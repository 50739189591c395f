import type { Storage, StoreItems } from 'botbuilder';
import type { Store } from '../store/store';

/**
 * botbuilder's Storage on our Store. eTags are not checked: turns of one conversation are
 * serialized by Store.withLock, which is what makes last-writer-wins safe (STACK.md).
 */
export class StoreBackedStorage implements Storage {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const value = await this.store.getDocument<object>(`bot:${key}`);
      if (value) items[key] = value;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const { eTag: _ignored, ...document } = value as Record<string, unknown>;
      await this.store.setDocument(`bot:${key}`, document, this.ttlSeconds);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.store.deleteDocument(`bot:${key}`);
  }
}
