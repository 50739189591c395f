import type { ErrorRequestHandler } from 'express';
import { DomainError } from '../domain/errors';
import { StoreError } from '../store/errors';

/** An error with the HTTP status and stable code the caller should see. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Where unexpected errors go: the app's pino logger fits. */
export interface ErrorLog {
  error(fields: { err: unknown }, message: string): void;
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message } }`. Body-parser
 * failures (malformed or oversized bodies) are the client's fault and answer 4xx, never 500.
 * Only the unexpected is logged, through the app's logger (its `err` serializer scrubs messages).
 */
export const errorHandlerFor = (log: ErrorLog): ErrorRequestHandler => (error, _req, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: { code: error.code, message: error.message } });
    return;
  }
  if (error instanceof DomainError) {
    res.status(422).json({ error: { code: error.code, message: error.message } });
    return;
  }
  if (storeErrorIn(error)) {
    // 503 tells Twilio (and any client) to retry; the retry finds whatever the turn wrote (turn-effects.ts).
    res.status(503).set('Retry-After', '5').json({ error: { code: 'store_unavailable', message: 'Please try again in a moment' } });
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

/** The StoreError behind `error`: botbuilder wraps what a dialog throws in a DialogContextError (`error`). */
function storeErrorIn(error: unknown): StoreError | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof StoreError) return cause;
    cause = (cause as { error?: unknown }).error ?? cause.cause;
  }
  return null;
}

/** For routers used without an app logger: unexpected errors go to stderr. */
export const errorHandler: ErrorRequestHandler = errorHandlerFor({ error: ({ err }) => console.error(err) });
