import type { Channel } from '../domain/channel';
import type { Store } from '../store/store';

export interface OptOut {
  channel: Channel;
  address: string;
  at: string;
}

/** Opt-outs are per channel and per number or address (RF-06, TC-02), kept until the debtor opts back in. */
export class OptOutRegistry {
  constructor(private readonly store: Store) {}

  private key(channel: Channel, address: string): string {
    return `optout:${channel}:${address}`;
  }

  get(channel: Channel, address: string): Promise<OptOut | null> {
    return this.store.getDocument<OptOut>(this.key(channel, address));
  }

  optOut(channel: Channel, address: string, at: Date): Promise<void> {
    return this.store.setDocument<OptOut>(this.key(channel, address), { channel, address, at: at.toISOString() });
  }

  optIn(channel: Channel, address: string): Promise<void> {
    return this.store.deleteDocument(this.key(channel, address));
  }
}
