import type { RequestHandler } from 'express';
import { sameSecret } from '../security/same-secret';
import { NotFound, Unauthorized } from '../errors';

/**
 * `Authorization: Bearer <token>` where `token` is the configured value of `variable`; without a
 * configured token the routes behind it are off (404 `offCode`), never open.
 */
export function requireBearer(token: string | null, variable: string, off: { code: string; what: string }): RequestHandler {
  return (req, _res, next) => {
    if (token === null) throw new NotFound(off.code, `${off.what} is off: set ${variable} to enable it`);
    const given = /^Bearer (.+)$/.exec(req.header('Authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) throw new Unauthorized('unauthorized', `Authorization: Bearer <${variable}> is missing or wrong`);
    next();
  };
}

/** `Authorization: Bearer $OPERATOR_TOKEN`; without a configured token the operator API is off. */
export const requireOperator = (token: string | null): RequestHandler => requireBearer(token, 'OPERATOR_TOKEN', { code: 'operator_api_off', what: 'The operator API' });
