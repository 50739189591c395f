import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { SpecialistUser } from '../config';
import { sameSecret } from '../security/same-secret';
import type { Store } from '../store/store';

export const SESSION_COOKIE = 'amicable_console';
const SESSION_SECONDS = 8 * 3600;

/** The store keeps a hash of the token, so a leaked store dump cannot be replayed as a cookie. */
const keyOf = (token: string) => `console-session:${createHash('sha256').update(token).digest('base64url')}`;

/**
 * Ties a session to the SPECIALIST_USERS entry it was opened with, so a changed password (or hash)
 * ends it. Keyed with the session token, which the store never holds: the tag in a store dump
 * reveals nothing about the password.
 */
const credentialTag = (token: string, secret: string) => createHmac('sha256', token).update(secret).digest('base64url');

interface Session {
  name: string;
  credential: string;
}

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
 * site's page can send it. Every request checks the session against the specialists this process
 * was started with: one removed from SPECIALIST_USERS, or whose password changed, is signed out
 * at their next request rather than when the cookie's 8 hours end.
 */
export class ConsoleSessions {
  private readonly secretOf: Map<string, string>;

  constructor(
    private readonly store: Store,
    specialists: readonly SpecialistUser[],
  ) {
    this.secretOf = new Map(specialists.map((user) => [user.name, user.secret]));
  }

  /** `name` has just proved its password, so it is one of the specialists. */
  async start(res: Response, name: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const session: Session = { name, credential: credentialTag(token, this.secretOf.get(name) ?? '') };
    await this.store.setDocument(keyOf(token), session, SESSION_SECONDS);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: SESSION_SECONDS * 1000 });
  }

  async specialistOf(req: Request): Promise<string | null> {
    const token = cookieToken(req);
    if (!token) return null;
    const session = await this.store.getDocument<Partial<Session>>(keyOf(token));
    if (!session) return null;
    const secret = session.name === undefined ? undefined : this.secretOf.get(session.name);
    if (secret === undefined || session.credential === undefined || !sameSecret(session.credential, credentialTag(token, secret))) {
      await this.store.deleteDocument(keyOf(token));
      return null;
    }
    return session.name!;
  }

  async end(req: Request, res: Response): Promise<void> {
    const token = cookieToken(req);
    if (token) await this.store.deleteDocument(keyOf(token));
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
  }
}
