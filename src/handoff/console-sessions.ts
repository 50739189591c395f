import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Store } from '../store/store';

export const SESSION_COOKIE = 'amicable_console';
const SESSION_SECONDS = 8 * 3600;

/** The store keeps a hash of the token, so a leaked store dump cannot be replayed as a cookie. */
const keyOf = (token: string) => `console-session:${createHash('sha256').update(token).digest('base64url')}`;

function cookieToken(req: Request): string | null {
  for (const part of (req.header('Cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/**
 * Specialist sign-ins, kept in the store (so any instance behind a load balancer knows them) and
 * carried by a Secure, HttpOnly, SameSite=Strict cookie: scripts cannot read it and no other
 * site's page can send it.
 */
export class ConsoleSessions {
  constructor(private readonly store: Store) {}

  async start(res: Response, name: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.store.setDocument(keyOf(token), { name }, SESSION_SECONDS);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: SESSION_SECONDS * 1000 });
  }

  async specialistOf(req: Request): Promise<string | null> {
    const token = cookieToken(req);
    if (!token) return null;
    return (await this.store.getDocument<{ name: string }>(keyOf(token)))?.name ?? null;
  }

  async end(req: Request, res: Response): Promise<void> {
    const token = cookieToken(req);
    if (token) await this.store.deleteDocument(keyOf(token));
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
  }
}
