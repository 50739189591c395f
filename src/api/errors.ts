import type { ErrorRequestHandler, Response } from 'express';
import { AmicableError, RateLimited, type ErrorKind } from '../errors';
import { StoreError } from '../store/errors';

/** The one mapping from what went wrong to the HTTP status that says whose problem it is. */
const statusOf: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  refused: 422,
  rate_limited: 429,
  upstream_failed: 502,
  unavailable: 503,
  misconfigured: 500,
};

/** Where unexpected errors go: the app's pino logger fits. */
export interface ErrorLog {
  error(fields: { err: unknown }, message: string): void;
}

/** Answers 429 in the house shape, with Retry-After when known: rate limiters call this too. */
export function answerRateLimited(res: Response, error: RateLimited): void {
  if (error.retryAfterSeconds !== undefined) res.set('Retry-After', String(error.retryAfterSeconds));
  res.status(429).json({ error: { code: error.code, message: error.message } });
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message } }`. An AmicableError's
 * kind gives the status; body-parser failures (malformed or oversized bodies) are the client's
 * fault and answer 4xx, never 500. Only the unexpected is logged, through the app's logger (its
 * `err` serializer scrubs messages).
 */
export const errorHandlerFor = (log: ErrorLog): ErrorRequestHandler => (error, _req, res, _next) => {
  const unavailableStore = storeErrorIn(error);
  if (unavailableStore) {
    // 503 tells Twilio (and any client) to retry; the retry finds whatever the turn wrote (turn-effects.ts).
    res.status(503).set('Retry-After', '5').json({ error: { code: 'store_unavailable', message: 'Please try again in a moment' } });
    return;
  }
  if (error instanceof RateLimited) {
    answerRateLimited(res, error);
    return;
  }
  if (error instanceof AmicableError && error.kind !== 'misconfigured') {
    res.status(statusOf[error.kind]).json({ error: { code: error.code, message: error.message } });
    return;
  }
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 0;
  if (status) {
    const code = error.type === 'entity.too.large' ? 'payload_too_large' : 'bad_request';
    res.status(status).json({ error: { code, message: String(error.message ?? 'bad request') } });
    return;
  }
  log.error({ err: error }, 'unexpected error');
  res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side' } });
};

/**
 * The StoreError saying the store did not answer behind `error`: botbuilder wraps what a dialog
 * throws in a DialogContextError (`error`). A missing record or a lost race is the request's
 * answer (404, 409), not a reason to retry.
 */
function storeErrorIn(error: unknown): StoreError | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof StoreError) return cause.kind === 'unavailable' ? cause : null;
    cause = (cause as { error?: unknown }).error ?? cause.cause;
  }
  return null;
}

/** For routers used without an app logger: unexpected errors go to stderr. */
export const errorHandler: ErrorRequestHandler = errorHandlerFor({ error: ({ err }) => console.error(err) });
