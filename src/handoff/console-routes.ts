import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { z } from 'zod';
import { Forbidden, InvalidInput, RateLimited, Unauthorized } from '../errors';
import { staffPageHeaders } from '../api/staff-page-headers';
import type { ConsoleSessions } from './console-sessions';
import { CONSOLE_HEADER } from './specialist-auth';
import type { SignInLimits } from './sign-in-limits';
import { checkPassword, type SpecialistCredential } from './specialist-passwords';

const CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/console');

const loginBody = z.strictObject({ name: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

/** The specialist console page and its sign-in (SPECIALIST_USERS). */
export function consoleRoutes(deps: { sessions: ConsoleSessions; credentials: SpecialistCredential[]; limits: SignInLimits }): Router {
  const router = Router();
  const fromConsole: express.RequestHandler = (req, _res, next) => {
    if (req.header(CONSOLE_HEADER) !== '1') throw new Forbidden('csrf', `Console requests must carry the ${CONSOLE_HEADER} header`);
    next();
  };

  // req.ip is the client's address as far as TRUST_PROXY lets X-Forwarded-For tell it.
  router.post('/console/login', fromConsole, express.json({ limit: '2kb' }), async (req, res) => {
    const parsed = loginBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidInput('invalid_body', 'name and password: required');
    const { name, password } = parsed.data;
    const attempt = await deps.limits.attempt(name, req.ip ?? 'unknown', () => checkPassword(deps.credentials, name, password));
    if (attempt.outcome === 'name_locked' || attempt.outcome === 'address_locked') {
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      const which = attempt.outcome === 'name_locked' ? 'for this name' : 'from this address';
      const code = attempt.outcome === 'name_locked' ? 'sign_in_locked' : 'rate_limited';
      throw new RateLimited(code, `Too many wrong passwords ${which}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, attempt.retryAfterSeconds);
    }
    if (attempt.outcome === 'wrong_password') throw new Unauthorized('wrong_credentials', 'Wrong name or password');
    await deps.sessions.start(res, attempt.specialist);
    res.json({ specialist: attempt.specialist });
  });

  router.post('/console/logout', fromConsole, async (req, res) => {
    await deps.sessions.end(req, res);
    res.status(204).end();
  });

  // Null rather than 401: the page asks this on every load, and being signed out is not an error.
  router.get('/console/me', async (req, res) => {
    res.json({ specialist: await deps.sessions.specialistOf(req) });
  });

  router.use('/console', staffPageHeaders, express.static(CONSOLE_DIR, { index: 'index.html', maxAge: 0 }));
  return router;
}
