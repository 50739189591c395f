import express, { Router } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Forbidden, InvalidInput, Unauthorized } from '../../errors';
import type { Assistant } from '../../conversation/assistant';
import type { Logger } from '../../observability/logger';
import { botActivityOf } from '../directline/activities';

export interface BotFrameworkOptions {
  assistant: Pick<Assistant, 'handle'>;
  /** With an app id, every request's JWT is checked; without one (development), requests are unauthenticated, as for the Emulator. */
  appId: string | null;
  appPassword: string | null;
  botName: string;
  /** Refused requests are logged here, one JSON line each. */
  logger: Pick<Logger, 'warn'>;
}

/** What a turn needs of an activity; the rest (channelData, entities...) passes through to botbuilder. */
const incomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  text: z.string().max(10_000).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2_048),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  from: z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(256).optional() }),
  recipient: z.looseObject({ id: z.string().min(1).max(512) }),
});

/**
 * CloudAdapter.process() writes every refused request to the console as a multi-line stack trace
 * and answers with bare text; running the adapter's turn ourselves keeps logs JSON (pino) and
 * errors in the `{ error: { code, message } }` shape.
 */
class BotFrameworkAdapter extends CloudAdapter {
  turn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authorization, activity, logic);
  }
}

/** botframework-connector's AuthenticationError carries the HTTP status it means. */
const refusalStatus = (error: unknown): number | null => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
};

/**
 * POST /api/messages for Azure Bot Service channels (Teams, Web Chat on Azure...). CloudAdapter is
 * only the transport here: each message goes through the same Assistant turn as SMS and Direct
 * Line (lock, redaction, outbound gate), and its replies are sent back on the channel's serviceUrl.
 */
export function botFrameworkRoute(options: BotFrameworkOptions): Router {
  const adapter = new BotFrameworkAdapter(
    new ConfigurationBotFrameworkAuthentication(
      options.appId ? { MicrosoftAppId: options.appId, MicrosoftAppPassword: options.appPassword ?? undefined, MicrosoftAppType: 'MultiTenant' } : {},
    ),
  );
  const logic = async (context: TurnContext) => {
    const activity = context.activity;
    if (activity.type !== 'message') return;
    const conversationId = `bf:${activity.channelId}:${activity.conversation.id}`;
    const replies = await options.assistant.handle({
      channel: 'botframework',
      conversationId,
      address: conversationId,
      text: activity.text ?? '',
      messageId: activity.id ? `${conversationId}:${activity.id}` : undefined,
      from: { id: activity.from.id, name: activity.from.name },
    });
    const from = { id: activity.recipient.id, name: options.botName };
    // botActivityOf keeps only fields taken from the reply (an Activity): the gate's notes stay inside.
    for (const reply of replies) await context.sendActivity(botActivityOf(reply, from, activity.id) as Partial<Activity>);
  };

  const router = Router();
  router.post('/api/messages', express.json({ limit: '64kb' }), async (req, res) => {
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      throw new InvalidInput('invalid_activity', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
    }
    let answer;
    try {
      answer = await adapter.turn(req.header('Authorization') ?? '', parsed.data as unknown as Activity, logic);
    } catch (error) {
      const status = refusalStatus(error);
      if (status === null) throw error;
      options.logger.warn({ status, freeText: error instanceof Error ? error.message : String(error) }, 'Bot Framework request refused');
      const message = 'The Bot Framework token is missing or not valid for this bot';
      if (status === 401) throw new Unauthorized('unauthorized', message);
      throw status === 403 ? new Forbidden('bad_request', message) : new InvalidInput('bad_request', message);
    }
    res.status(answer?.status ?? 200);
    if (answer?.body === undefined) res.end();
    else res.json(answer.body);
  });
  return router;
}
