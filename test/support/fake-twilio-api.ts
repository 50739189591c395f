import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentSms {
  accountSid: string;
  /** The Basic-auth user twilio-node sent (the account SID). */
  authUser: string;
  To: string;
  From: string;
  Body: string;
  StatusCallback: string | null;
  sid: string;
}

/**
 * A small stand-in for Twilio's Messages API on a free port: accepts the form POST twilio-node
 * makes to /2010-04-01/Accounts/:sid/Messages.json, records it, and answers like Twilio (201 with
 * a message resource). Anything else gets Twilio's 404 shape.
 */
export async function startFakeTwilioApi(): Promise<{ baseUrl: string; sent: SentSms[]; refuse(refusing: boolean): void; close(): Promise<void> }> {
  const sent: SentSms[] = [];
  let refusing = false;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/.exec(req.url ?? '');
      res.setHeader('Content-Type', 'application/json');
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end(JSON.stringify({ code: 20404, message: 'The requested resource was not found', status: 404 }));
        return;
      }
      if (refusing) {
        // Twilio's answer for a number it will not send to (error 21610): the message is not queued.
        res.statusCode = 400;
        res.end(JSON.stringify({ code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 }));
        return;
      }
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
      const sid = `SM${String(sent.length + 1).padStart(32, '0')}`;
      const message: SentSms = {
        accountSid: match[1]!,
        authUser: auth.split(':')[0] ?? '',
        To: form.get('To') ?? '',
        From: form.get('From') ?? '',
        Body: form.get('Body') ?? '',
        StatusCallback: form.get('StatusCallback'),
        sid,
      };
      sent.push(message);
      res.statusCode = 201;
      res.end(
        JSON.stringify({
          sid,
          account_sid: message.accountSid,
          to: message.To,
          from: message.From,
          body: message.Body,
          status: 'queued',
          direction: 'outbound-api',
          num_segments: '1',
          date_created: new Date(0).toUTCString(),
          uri: `/2010-04-01/Accounts/${message.accountSid}/Messages/${sid}.json`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    /** While refusing, every message is answered with Twilio's 400 and nothing is recorded as sent. */
    refuse: (value) => {
      refusing = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
