import { inject } from 'vitest';

/**
 * The Redis URL for this run. Outside CI a machine without redis-server skips Redis suites;
 * with CI=true the global setup has already failed the run instead.
 */
export function redisUrlForTests(): string | undefined {
  return inject('redisUrl') || undefined;
}
