import { AmicableError, type ErrorKind } from '../errors';

/**
 * Why a store operation failed, as a stable `code` callers branch on:
 * - `unavailable`: the backing service did not answer (Redis down, restarting, unreachable);
 *   the operation may be retried later and nothing about the data is implied.
 * - `lock_timeout`: another turn held the lock for longer than we were willing to wait.
 * - `not_found`: the record an update was meant for does not exist.
 * - `conflict`: an optimistic update kept losing to concurrent writers and gave up.
 */
export type StoreErrorCode = 'unavailable' | 'lock_timeout' | 'not_found' | 'conflict';

const kindOf: Record<StoreErrorCode, ErrorKind> = { unavailable: 'unavailable', lock_timeout: 'unavailable', not_found: 'not_found', conflict: 'conflict' };

export class StoreError extends AmicableError {
  declare readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(kindOf[code], code, message, options);
  }
}
