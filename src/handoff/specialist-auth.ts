import type { RequestHandler, Response } from 'express';
import { Forbidden, InvalidInput, Unauthorized } from '../errors';
import { requireOperator } from '../api/operator-auth';
import type { ConsoleSessions } from './console-sessions';

/**
 * The console's POSTs carry this header. A cross-site form cannot set a custom header, and a
 * cross-site fetch that does needs a CORS preflight we never grant: with SameSite=Strict this is
 * the CSRF defence (no token to leak or rotate).
 */
export const CONSOLE_HEADER = 'X-Amicable-Console';

/**
 * Who is acting (CONTRACT.md "Handoff API"): an operator token with the specialist named in the
 * body, or a console session whose name is the specialist. Sets `res.locals.sessionSpecialist`
 * for session callers; `actingSpecialist` reads the result.
 */
export function specialistAuth(operatorToken: string | null, sessions: ConsoleSessions): RequestHandler {
  const operator = requireOperator(operatorToken);
  return async (req, res, next) => {
    if (req.header('Authorization')) return operator(req, res, next);
    const name = await sessions.specialistOf(req);
    if (!name) throw new Unauthorized('unauthorized', 'Sign in to the console, or send Authorization: Bearer <OPERATOR_TOKEN>');
    if (req.method !== 'GET' && req.header(CONSOLE_HEADER) !== '1') {
      throw new Forbidden('csrf', `Console requests must carry the ${CONSOLE_HEADER} header`);
    }
    res.locals.sessionSpecialist = name;
    next();
  };
}

/** The signed-in specialist, or for operator calls the one named in the body. */
export function actingSpecialist(res: Response, named: string | undefined): string {
  const signedIn = res.locals.sessionSpecialist as string | undefined;
  if (signedIn) {
    if (named !== undefined && named !== signedIn) throw new Forbidden('specialist_mismatch', `Signed in as ${signedIn}, not ${named}`);
    return signedIn;
  }
  if (!named) throw new InvalidInput('invalid_body', 'specialist: required with the operator token');
  return named;
}
