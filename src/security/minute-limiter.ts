import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { answerRateLimited } from '../api/errors';
import { RateLimited } from '../errors';

/**
 * At most `limit` requests a minute per key (the client's IP unless `key` says otherwise), with
 * the draft-7 RateLimit headers; the 429 is the house answer (src/api/errors.ts).
 */
export function minuteLimiter(options: { limit: number; what: string; key?: (req: Request) => string; skip?: (req: Request) => boolean }): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: options.limit,
    ...(options.key ? { keyGenerator: options.key } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => answerRateLimited(res, new RateLimited('rate_limited', `Too many ${options.what}; try again in a minute`)),
  });
}
