import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type RequestHandler } from 'express';
import type { z } from 'zod';
import { Forbidden, InvalidInput, Refused, Unauthorized } from '../../errors';
import { minuteLimiter } from '../../security/minute-limiter';
import type { InboundMessage } from '../../conversation/assistant';
import { botActivityOf, echoOf, postedActivitySchema, startConversationSchema, tokenRequestSchema } from './activities';
import { bearerOf, callerOf, isSecret, requireConversation, tokenGrant, type Caller } from './auth';
import type { DirectLine } from './direct-line';

export const DIRECTLINE_BASE = '/v3/directline';

/** ws:// or wss:// as the browser reached us; a TLS-terminating proxy says so in X-Forwarded-Proto. */
function streamUrlFor(req: Request, conversationId: string, token: string, watermark?: string): string {
  const secure = req.secure || req.header('X-Forwarded-Proto') === 'https';
  const query = new URLSearchParams({ t: token, ...(watermark ? { watermark } : {}) });
  return `${secure ? 'wss' : 'ws'}://${req.header('Host')}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

function watermarkOf(req: Request): number {
  const raw = req.query.watermark;
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) throw new InvalidInput('invalid_watermark', 'watermark must be a number this server gave out');
  return Number(raw);
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InvalidInput('invalid_body', issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body');
}

/** The Direct Line 3.0 subset Web Chat and botframework-directlinejs use (CONTRACT.md). */
export function directLineRoutes(directLine: DirectLine): Router {
  const { issuer, log, secret, assistant, limits } = directLine;
  const router = Router();
  const json = express.json({ limit: '16kb' });
  const callers = new WeakMap<Request, Caller>();
  const authenticate: RequestHandler = (req, _res, next) => {
    const caller = callerOf(req, issuer, secret);
    if (typeof req.params.id === 'string') requireConversation(caller, req.params.id);
    callers.set(req, caller);
    next();
  };
  const callerOfRequest = (req: Request): Caller => callers.get(req)!;
  const tokenLimit = minuteLimiter({ limit: limits.tokensPerMinute, what: 'token requests' });
  // Keyed by conversation, and placed after authentication so nobody can spend another's quota.
  const messageLimit = minuteLimiter({ limit: limits.messagesPerMinute, what: 'messages in this conversation', key: (req) => `conversation:${String(req.params.id)}` });

  // Without a secret (development only, enforced by config) anyone reaching the server may mint
  // tokens, including ones vouching for an account: never expose such a server.
  // The portal's backend holds the secret and mints a token for every visitor from one address:
  // the per-address limit is for everyone else (guessing secrets, refreshing stolen tokens).
  const generateLimit = minuteLimiter({
    limit: limits.tokensPerMinute,
    what: 'token requests',
    skip: (req) => {
      const given = bearerOf(req.header('Authorization'));
      return secret !== null && given !== null && isSecret(secret, given);
    },
  });
  router.post(`${DIRECTLINE_BASE}/tokens/generate`, generateLimit, json, async (req, res) => {
    if (secret !== null) {
      const given = bearerOf(req.header('Authorization'));
      if (given === null) throw new Unauthorized('unauthorized', 'Authorization: Bearer <DIRECTLINE_SECRET> is required');
      if (!isSecret(secret, given)) throw new Forbidden('bad_secret', 'Only the Direct Line secret can generate tokens');
    }
    const body = parse(tokenRequestSchema, req.body ?? {});
    if (body.accountId && !(await directLine.accountExists(body.accountId))) {
      throw new Refused('unknown_account', `No account ${body.accountId}`);
    }
    res.json(directLine.startConversation({ userId: body.user?.id ?? `dl_${randomUUID()}`, userName: body.user?.name, accountId: body.accountId }));
  });

  router.post(`${DIRECTLINE_BASE}/tokens/refresh`, tokenLimit, (req, res) => {
    const token = bearerOf(req.header('Authorization'));
    if (token === null) throw new Unauthorized('unauthorized', 'Authorization: Bearer <token> is required');
    const { issuedAt: _issued, expiresAt: _expires, ...grant } = tokenGrant(issuer, token);
    const refreshed = issuer.issue(grant);
    res.json({ conversationId: grant.conversationId, token: refreshed.token, expires_in: issuer.lifetimeSeconds });
  });

  router.post(`${DIRECTLINE_BASE}/conversations`, tokenLimit, json, authenticate, (req, res) => {
    const caller = callerOfRequest(req);
    if (caller.kind === 'token') {
      const { conversationId } = caller.grant;
      res.status(201).json({ conversationId, token: caller.token, expires_in: issuer.lifetimeSeconds, streamUrl: streamUrlFor(req, conversationId, caller.token) });
      return;
    }
    const body = parse(startConversationSchema, req.body);
    const started = directLine.startConversation({ userId: body?.user?.id ?? `dl_${randomUUID()}` });
    res.status(201).json({ ...started, streamUrl: streamUrlFor(req, started.conversationId, started.token) });
  });

  router.get(`${DIRECTLINE_BASE}/conversations/:id`, authenticate, (req, res) => {
    const conversationId = req.params.id as string;
    const caller = callerOfRequest(req);
    const watermark = watermarkOf(req);
    const token = caller.kind === 'token' ? caller.token : issuer.issue({ conversationId, userId: `dl_${randomUUID()}` }).token;
    res.json({ conversationId, token, expires_in: issuer.lifetimeSeconds, streamUrl: streamUrlFor(req, conversationId, token, watermark ? String(watermark) : undefined) });
  });

  router.get(`${DIRECTLINE_BASE}/conversations/:id/activities`, authenticate, async (req, res) => {
    res.json(await log.since(req.params.id as string, watermarkOf(req)));
  });

  router.post(`${DIRECTLINE_BASE}/conversations/:id/activities`, authenticate, messageLimit, json, async (req, res) => {
    const conversationId = req.params.id as string;
    const caller = callerOfRequest(req);
    const posted = parse(postedActivitySchema, req.body);
    const from = caller.kind === 'token'
      ? { id: caller.grant.userId, name: caller.grant.userName ?? posted.from?.name }
      : { id: posted.from?.id ?? '', name: posted.from?.name };
    if (!from.id) throw new InvalidInput('invalid_body', 'from.id: required when posting with the secret');
    // Only messages reach the assistant; typing and events are acknowledged and dropped.
    if (posted.type !== 'message') {
      res.json({ id: randomUUID() });
      return;
    }
    const clientActivityId = posted.channelData?.clientActivityID;
    const echo = await log.append(conversationId, echoOf(posted, from), clientActivityId ? `client:${clientActivityId}` : undefined);
    // A retry of a message already answered is acknowledged; one whose turn failed runs the turn now
    // (the assistant de-duplicates by message id, so a turn that did commit is not run twice).
    if (echo.duplicate && (await log.answered(echo.id))) {
      res.json({ id: echo.id });
      return;
    }
    const message: InboundMessage = {
      channel: 'webchat',
      conversationId,
      address: conversationId,
      text: posted.text ?? '',
      // Scoped to the conversation: a client-chosen id must never match another visitor's message.
      messageId: `${conversationId}:${clientActivityId ?? randomUUID()}`,
      ...(caller.kind === 'token' && caller.grant.accountId ? { vouchedAccountId: caller.grant.accountId } : {}),
      from: { id: from.id, ...(from.name ? { name: from.name } : {}) },
    };
    const replies = await assistant.handle(message);
    // Each reply once by its place in the turn: two posts of one message (or a retry after a failure
    // here) get the same replies from the assistant, and show them once. Answered only after that.
    for (const [index, reply] of replies.entries()) {
      await log.append(conversationId, botActivityOf(reply, directLine.botIdentity, echo.id), `reply:${echo.id}:${index}`);
    }
    await log.markAnswered(echo.id);
    res.json({ id: echo.id });
  });

  return router;
}
