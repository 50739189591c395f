import express, { Router } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { Assistant } from '../../conversation/assistant';
import { botActivityOf } from '../directline/activities';

export interface BotFrameworkOptions {
  assistant: Pick<Assistant, 'handle'>;
  /** With an app id, every request's JWT is checked; without one (development), requests are unauthenticated, as for the Emulator. */
  appId: string | null;
  appPassword: string | null;
  botName: string;
}

/**
 * POST /api/messages for Azure Bot Service channels (Teams, Web Chat on Azure...). CloudAdapter is
 * only the transport here: each message goes through the same Assistant turn as SMS and Direct
 * Line (lock, redaction, outbound gate), and its replies are sent back on the channel's serviceUrl.
 */
export function botFrameworkRoute(options: BotFrameworkOptions): Router {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
      options.appId ? { MicrosoftAppId: options.appId, MicrosoftAppPassword: options.appPassword ?? undefined, MicrosoftAppType: 'MultiTenant' } : {},
    ),
  );
  const router = Router();
  router.post('/api/messages', express.json({ limit: '64kb' }), async (req, res) => {
    await adapter.process(req, res, async (context) => {
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
    });
  });
  return router;
}
