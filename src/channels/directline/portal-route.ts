import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { minuteLimiter } from '../../security/minute-limiter';
import helmet from 'helmet';
import { z } from 'zod';
import { InvalidInput, NotFound } from '../../errors';
import type { Account } from '../../domain/account';
import type { DirectLine } from './direct-line';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../public');

/**
 * Web Chat's browser bundle (3.9 MB). The build copies it into dist/public/vendor/, so a
 * production install does without botframework-webchat (156 MB, a devDependency); run from the
 * sources, it is read from that package, whose exports hide dist/ (found from its entry point).
 */
function webchatBundle(): string {
  const built = join(PUBLIC_DIR, 'vendor', 'webchat.js');
  if (existsSync(built)) return built;
  return join(dirname(createRequire(import.meta.url).resolve('botframework-webchat')), '../dist/webchat.js');
}

const sessionRequestSchema = z.strictObject({ accountId: z.string().trim().min(1).max(64) });

export interface PortalOptions {
  directLine: DirectLine;
  findAccount: (accountId: string) => Promise<Account | null>;
  creditorName: string;
  /**
   * Whether this server plays the portal's backend for demo customers (POST /portal/session).
   * A real portal mints tokens from its own sign-in; never turn this on where accounts are real.
   */
  demo: boolean;
}

/**
 * Only what the page loads: its own script and Web Chat's bundle, same-origin XHR and WebSocket.
 * Web Chat (emotion) injects <style> elements and style attributes at run time, hence
 * 'unsafe-inline' for styles only; scripts stay strict (no inline, no eval), checked in Chromium
 * by test/e2e/portal.test.ts.
 */
const portalHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'self'"],
      formAction: ["'self'"],
    },
  },
});

/** The demo billing portal: the "My account" page, Web Chat's bundle, and the demo sign-in. */
export function portalRoutes(options: PortalOptions): Router {
  const router = Router();
  const bundle = webchatBundle();
  const sessionLimit = minuteLimiter({ limit: options.directLine.limits.tokensPerMinute, what: 'chat sessions' });

  router.get('/vendor/webchat.js', portalHeaders, (_req, res) => {
    res.sendFile(bundle, { maxAge: '1d' });
  });

  router.post('/portal/session', sessionLimit, express.json({ limit: '2kb' }), async (req, res) => {
    if (!options.demo) throw new NotFound('portal_demo_off', 'The demo portal sign-in is off on this server');
    const parsed = sessionRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidInput('invalid_body', 'accountId: required');
    const account = await options.findAccount(parsed.data.accountId);
    if (!account) throw new NotFound('unknown_account', `No account ${parsed.data.accountId}`);
    // The portal's backend vouches for its signed-in customer: the token carries the account id.
    const userId = `portal-${account.id}`;
    const started = options.directLine.startConversation({ userId, userName: account.firstName, accountId: account.id });
    res.json({
      ...started,
      userId,
      userName: account.firstName,
      creditorName: options.creditorName,
      account: {
        id: account.id,
        fullName: `${account.firstName} ${account.lastName}`,
        language: account.language,
        accountLast4: account.accountLast4 ?? null,
        balanceCents: account.balanceCents,
        daysPastDue: account.daysPastDue,
      },
    });
  });

  // Only the portal's own files: public/ also holds other pages with their own headers.
  const page = express.static(PUBLIC_DIR, { index: 'index.html', maxAge: 0 });
  router.get(['/', '/index.html', '/portal.js', '/portal.css'], portalHeaders, page);
  return router;
}
