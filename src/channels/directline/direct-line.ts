import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Activity } from 'botbuilder';
import type { Router } from 'express';
import type { Assistant } from '../../conversation/assistant';
import type { Clock } from '../../domain/clock';
import { botActivityOf } from './activities';
import { ActivityLog, type ActivityStore } from './activity-log';
import { directLineRoutes } from './routes';
import { ActivityStream } from './stream';
import { TokenIssuer } from './tokens';

export interface DirectLineLimits {
  /** Token generate/refresh and conversation starts, per client IP per minute. */
  tokensPerMinute: number;
  /** Messages a conversation may post per minute. */
  messagesPerMinute: number;
  maxActivitiesPerConversation: number;
  /** A conversation nobody has written to for this long is dropped from the store (its transcript stays). */
  idleMinutes: number;
}

export interface DirectLineOptions {
  assistant: Pick<Assistant, 'handle'>;
  /** Where activities are kept and announced: with Redis, shared by every instance. */
  store: ActivityStore;
  /** Null only in development: tokens/generate is then open and tokens are signed with a per-process key. */
  secret: string | null;
  clock: Clock;
  /** Whether the portal may vouch for this account id. */
  accountExists: (accountId: string) => Promise<boolean>;
  /** Shown as the sender of the assistant's messages (the creditor's name). */
  botName: string;
  tokenLifetimeSeconds?: number;
  keepAliveSeconds?: number;
  limits?: Partial<DirectLineLimits>;
}

const DEFAULT_LIMITS: DirectLineLimits = {
  tokensPerMinute: 30,
  messagesPerMinute: 30,
  maxActivitiesPerConversation: 500,
  idleMinutes: 60,
};

export interface StartedConversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * Amicable's own Direct Line 3.0 endpoint, so the official Web Chat client works without Azure.
 * Tokens are stateless and activities live in the store, so instances sharing DIRECTLINE_SECRET
 * and a Redis store serve any conversation without sticky sessions.
 * Mount `router`, call `attach(server)` on the HTTP server for the WebSocket stream, and use
 * `deliver` for messages that arrive outside a turn (a specialist's reply).
 */
export class DirectLine {
  readonly issuer: TokenIssuer;
  readonly log: ActivityLog;
  readonly limits: DirectLineLimits;
  readonly secret: string | null;
  readonly assistant: Pick<Assistant, 'handle'>;
  readonly botIdentity: { id: string; name: string };
  readonly router: Router;
  private readonly stream: ActivityStream;

  constructor(private readonly options: DirectLineOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.secret = options.secret;
    this.assistant = options.assistant;
    this.botIdentity = { id: 'amicable', name: options.botName };
    this.issuer = new TokenIssuer(options.secret, options.clock, options.tokenLifetimeSeconds ?? 30 * 60);
    this.log = new ActivityLog(options.store, options.clock, this.limits);
    this.stream = new ActivityStream(this, options.keepAliveSeconds ?? 15);
    this.router = directLineRoutes(this);
  }

  /** A new conversation and a token bound to it, the visitor and (when vouched) their account. */
  startConversation(visitor: { userId: string; userName?: string; accountId?: string }): StartedConversation {
    const conversationId = randomBytes(18).toString('base64url');
    const { token } = this.issuer.issue({ conversationId, ...visitor });
    return { conversationId, token, expires_in: this.issuer.lifetimeSeconds };
  }

  accountExists(accountId: string): Promise<boolean> {
    return this.options.accountExists(accountId);
  }

  /** Pushes a message into a conversation outside a turn; resolves with its id. Open streams on any instance get it at once, others on reconnect. */
  async deliver(conversationId: string, activity: Partial<Activity>, from: { id: string; name: string } = this.botIdentity): Promise<string> {
    return (await this.log.append(conversationId, botActivityOf(activity, from))).id;
  }

  attach(server: Server): void {
    this.stream.attach(server);
  }

  close(): void {
    this.stream.close();
  }
}
