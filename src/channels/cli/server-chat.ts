import { randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { messagesIn } from '../sms/twiml-messages';

export interface ServerChatOptions {
  /** The running Amicable, e.g. http://localhost:3978. */
  server: string;
  phone: string;
  /** The URL the server checks Twilio signatures against (its PUBLIC_BASE_URL), and the token, when it checks them. */
  publicBaseUrl: string;
  authToken: string | null;
  to: string;
}

/** Whether an Amicable answers at `server` (its liveness route), within a second. */
export async function serverAnswers(server: string): Promise<boolean> {
  try {
    const response = await fetch(`${server}/healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Texts a running Amicable as the phone would through Twilio: a form POST to /sms/inbound (signed
 * with TWILIO_AUTH_TOKEN when the server checks signatures), the TwiML answer read back. The
 * conversation is the server's, so a specialist in its console sees the case and can answer it.
 */
export class ServerChat {
  private outboxSeen = 0;
  private outboxOn = true;

  constructor(private readonly options: ServerChatOptions) {}

  async say(text: string): Promise<string[]> {
    const { server, phone, publicBaseUrl, authToken, to } = this.options;
    const params = { From: phone, To: to, Body: text, MessageSid: `SMcli${randomUUID().replaceAll('-', '')}`, NumMedia: '0' };
    const signature = authToken ? twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}/sms/inbound`, params) : null;
    const response = await fetch(`${server}/sms/inbound`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(signature ? { 'X-Twilio-Signature': signature } : {}) },
      body: new URLSearchParams(params).toString(),
    });
    if (!response.ok) throw new Error(`the server answered ${response.status} (is TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL the same here as there?)`);
    return messagesIn(await response.text());
  }

  /**
   * What the server's local outbox kept for this number since the last call: a specialist's
   * replies and reminders, in the embedded default without an SMS provider. Empty (and no
   * longer asked) when the server sends by a real provider, where the outbox is off.
   */
  async outbox(): Promise<string[]> {
    if (!this.outboxOn) return [];
    const { server, phone } = this.options;
    const response = await fetch(`${server}/dev/sms-outbox?phone=${encodeURIComponent(phone)}&after=${this.outboxSeen}`).catch(() => null);
    if (!response || response.status === 404) {
      this.outboxOn = response === null;
      return [];
    }
    const body = (await response.json()) as { total: number; messages: Array<{ body: string }> };
    this.outboxSeen = body.total;
    return body.messages.map((message) => message.body);
  }

  /** Skips what the outbox already held before this chat began. */
  async catchUp(): Promise<void> {
    await this.outbox();
  }
}
