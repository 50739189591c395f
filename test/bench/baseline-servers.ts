import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';

export const FIXED_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks</Message></Response>';

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The floor under any Express webhook: parse the form, answer fixed TwiML. */
export function startExpressBaseline(): Promise<Server> {
  const app = express();
  app.post('/sms', express.urlencoded({ extended: false }), (_req, res) => {
    res.type('text/xml').send(FIXED_TWIML);
  });
  return listen(createServer(app));
}

/**
 * The floor under any botbuilder bot: an echo bot on CloudAdapter. With no MicrosoftAppId,
 * ConfigurationBotFrameworkAuthentication accepts requests without an Authorization header
 * (the Bot Framework Emulator's mode) and sends replies without credentials to the
 * activity's serviceUrl, here a tiny local channel that acknowledges them.
 */
export async function startEchoBotBaseline(): Promise<{ server: Server; serviceUrl: string }> {
  const channel = await listen(
    createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"id":"reply"}');
      });
    }),
  );
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text}`);
    await next();
  });
  const app = express();
  app.post('/api/messages', express.json(), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const server = await listen(createServer(app));
  server.on('close', () => channel.close());
  return { server, serviceUrl: `http://127.0.0.1:${(channel.address() as AddressInfo).port}` };
}
