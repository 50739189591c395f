import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { HttpError } from '../api/errors';
import { staffPageHeaders } from '../api/staff-page-headers';
import type { ConsoleSessions } from './console-sessions';
import { CONSOLE_HEADER } from './specialist-auth';
import { checkPassword, type SpecialistCredential } from './specialist-passwords';

const CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/console');

const loginBody = z.strictObject({ name: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

/** The specialist console page and its sign-in (SPECIALIST_USERS). */
export function consoleRoutes(deps: { sessions: ConsoleSessions; credentials: SpecialistCredential[] }): Router {
  const router = Router();
  // Password guessing costs a scrypt per try; ten a minute per address is plenty for a person.
  const loginLimit = rateLimit({
    windowMs: 60_000,
    limit: 10,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: 'Too many sign-in attempts; try again in a minute' } });
    },
  });
  const fromConsole: express.RequestHandler = (req, _res, next) => {
    if (req.header(CONSOLE_HEADER) !== '1') throw new HttpError(403, 'csrf', `Console requests must carry the ${CONSOLE_HEADER} header`);
    next();
  };

  router.post('/console/login', loginLimit, fromConsole, express.json({ limit: '2kb' }), async (req, res) => {
    const parsed = loginBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new HttpError(400, 'invalid_body', 'name and password: required');
    const name = checkPassword(deps.credentials, parsed.data.name, parsed.data.password);
    if (!name) throw new HttpError(401, 'wrong_credentials', 'Wrong name or password');
    await deps.sessions.start(res, name);
    res.json({ specialist: name });
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
