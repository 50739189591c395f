import type { Request } from 'express';
import { Forbidden, Unauthorized } from '../../errors';
import { sameSecret } from '../../security/same-secret';
import type { TokenGrant, TokenIssuer } from './tokens';

/** Who is calling: the portal's backend (holds the secret) or one visitor (holds a token). */
export type Caller = { kind: 'secret' } | { kind: 'token'; token: string; grant: TokenGrant };

export function bearerOf(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;
}

export function isSecret(secret: string | null, given: string): boolean {
  return secret !== null && sameSecret(given, secret);
}

/** Missing credentials answer 401; credentials that are wrong, forged or expired answer 403, as Direct Line does. */
export function tokenGrant(issuer: TokenIssuer, token: string): TokenGrant {
  const check = issuer.check(token);
  if (check.ok) return check.grant;
  throw check.reason === 'token_expired'
    ? new Forbidden('token_expired', 'The token has expired: ask the portal for a new one')
    : new Forbidden('token_invalid', 'The token is not one this server issued');
}

export function callerOf(req: Request, issuer: TokenIssuer, secret: string | null): Caller {
  const given = bearerOf(req.header('Authorization'));
  if (given === null) throw new Unauthorized('unauthorized', 'Authorization: Bearer <token> is required');
  if (isSecret(secret, given)) return { kind: 'secret' };
  return { kind: 'token', token: given, grant: tokenGrant(issuer, given) };
}

/** A token opens its own conversation only; the secret opens any. */
export function requireConversation(caller: Caller, conversationId: string): void {
  if (caller.kind === 'token' && caller.grant.conversationId !== conversationId) {
    throw new Forbidden('wrong_conversation', 'This token belongs to another conversation');
  }
}
