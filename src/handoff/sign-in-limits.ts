import { createHash } from 'node:crypto';
import type { Clock } from '../domain/clock';
import type { Store } from '../store/store';

/**
 * How many wrong passwords the console takes, after OWASP's Authentication Cheat Sheet: a lockout
 * per user name with growing delays, and a limit per address against one address trying many
 * names. Kept in the store, so every instance counts together.
 * - A name's 5th wrong password within an hour of the last one locks it for a minute; each further
 *   one doubles the lock, up to 15 minutes. A locked name is refused before its password is
 *   checked, so even the right password waits, and the answer says nothing about the password.
 *   Names nobody has lock the same way, so the answers never tell which names exist. The right
 *   password clears the name's count.
 * - 100 wrong passwords from one address within a 15-minute window refuse sign-ins from it until
 *   the window ends. A whole desk behind one NAT does not get there by typing mistakes, and a
 *   colleague's locked name never locks anyone else out.
 */
const NAME_FREE_FAILURES = 4;
const NAME_MEMORY_SECONDS = 3600;
const FIRST_LOCK_SECONDS = 60;
const LONGEST_LOCK_SECONDS = 15 * 60;
const ADDRESS_FAILURES = 100;
const ADDRESS_WINDOW_SECONDS = 15 * 60;

interface NameFailures {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

export type SignInOutcome =
  | { outcome: 'signed_in'; specialist: string }
  | { outcome: 'wrong_password' }
  | { outcome: 'name_locked'; retryAfterSeconds: number }
  | { outcome: 'address_locked'; retryAfterSeconds: number };

// A typed name may be anything; the key holds a digest of it (case-folded: "Sam" is sam).
const nameKey = (name: string) => `sign-in:name:${createHash('sha256').update(name.trim().toLowerCase()).digest('base64url')}`;

export class SignInLimits {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs `checkPassword` (the specialist's name when right, else null) unless the name or the
   * address is locked. Attempts on one name run one at a time, so a burst of guesses cannot all
   * slip in before the first failures are counted.
   */
  attempt(name: string, address: string, checkPassword: () => string | null): Promise<SignInOutcome> {
    const key = nameKey(name);
    return this.store.withLock(key, async () => {
      const now = this.clock.now().getTime();
      const window = Math.floor(now / (ADDRESS_WINDOW_SECONDS * 1000));
      const addressKey = `sign-in:address:${address}:${window}`;
      if (((await this.store.getDocument<number>(addressKey)) ?? 0) >= ADDRESS_FAILURES) {
        return { outcome: 'address_locked', retryAfterSeconds: Math.ceil(((window + 1) * ADDRESS_WINDOW_SECONDS * 1000 - now) / 1000) };
      }
      const stored = await this.store.getDocument<NameFailures>(key);
      const recent = stored && now - Date.parse(stored.lastFailureAt) < NAME_MEMORY_SECONDS * 1000 ? stored : null;
      if (recent?.lockedUntil && Date.parse(recent.lockedUntil) > now) {
        return { outcome: 'name_locked', retryAfterSeconds: Math.ceil((Date.parse(recent.lockedUntil) - now) / 1000) };
      }

      const specialist = checkPassword();
      if (specialist !== null) {
        if (stored) await this.store.deleteDocument(key);
        return { outcome: 'signed_in', specialist };
      }
      const failures = (recent?.failures ?? 0) + 1;
      const lockSeconds = failures > NAME_FREE_FAILURES ? Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - NAME_FREE_FAILURES - 1), LONGEST_LOCK_SECONDS) : 0;
      const failed: NameFailures = {
        failures,
        lastFailureAt: new Date(now).toISOString(),
        lockedUntil: lockSeconds > 0 ? new Date(now + lockSeconds * 1000).toISOString() : null,
      };
      await this.store.setDocument(key, failed, NAME_MEMORY_SECONDS);
      await this.store.incrementDocument(addressKey, ADDRESS_WINDOW_SECONDS);
      return { outcome: 'wrong_password' };
    });
  }
}
