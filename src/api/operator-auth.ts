import type { RequestHandler } from 'express';
import { sameSecret } from '../security/same-secret';
import { HttpError } from './errors';

/** `Authorization: Bearer $OPERATOR_TOKEN`; without a configured token the operator API is off. */
export function requireOperator(token: string | null): RequestHandler {
  return (req, _res, next) => {
    if (token === null) throw new HttpError(404, 'operator_api_off', 'The operator API is off: set OPERATOR_TOKEN to enable it');
    const given = /^Bearer (.+)$/.exec(req.header('Authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) throw new HttpError(401, 'unauthorized', 'Authorization: Bearer <OPERATOR_TOKEN> is missing or wrong');
    next();
  };
}
