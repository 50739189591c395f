/**
 * One error model (issue 17 item 5; openai-node's error.ts idea): every failure a caller may act
 * on is an AmicableError with a stable `code`, and its class says what went wrong in the
 * caller's world, never which HTTP status that is. src/api/errors.ts maps kinds to statuses once.
 * This module imports nothing, so every layer, the domain included, may use it.
 */
export type ErrorKind =
  /** The request itself is malformed or names something impossible: fix it and send again. */
  | 'invalid'
  /** Who is asking is not known (no or a wrong credential). */
  | 'unauthorized'
  /** Known, but not allowed to do this. */
  | 'forbidden'
  | 'not_found'
  /** The thing is not in a state that allows this (already claimed, an id reused with other details). */
  | 'conflict'
  /** Well formed, but a rule refuses it (a domain rule, the outbound gate, the policy). */
  | 'refused'
  | 'rate_limited'
  /** A provider we depend on (the SMS provider) refused or failed. */
  | 'upstream_failed'
  /** We cannot do it now (the store does not answer, a feature is not configured); retrying later may work. */
  | 'unavailable'
  /** The deployment's configuration is wrong: an operator must fix it. */
  | 'misconfigured';

export class AmicableError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidInput extends AmicableError {
  constructor(code: string, message: string) {
    super('invalid', code, message);
  }
}

export class Unauthorized extends AmicableError {
  constructor(code: string, message: string) {
    super('unauthorized', code, message);
  }
}

export class Forbidden extends AmicableError {
  constructor(code: string, message: string) {
    super('forbidden', code, message);
  }
}

export class NotFound extends AmicableError {
  constructor(code: string, message: string) {
    super('not_found', code, message);
  }
}

export class Conflict extends AmicableError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
  }
}

export class Refused extends AmicableError {
  constructor(code: string, message: string) {
    super('refused', code, message);
  }
}

export class RateLimited extends AmicableError {
  constructor(
    code: string,
    message: string,
    /** When asking again may succeed; sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super('rate_limited', code, message);
  }
}

export class UpstreamFailed extends AmicableError {
  constructor(code: string, message: string) {
    super('upstream_failed', code, message);
  }
}

export class Unavailable extends AmicableError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super('unavailable', code, message, options);
  }
}
