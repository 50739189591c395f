import { randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { messagesIn } from '../../src/channels/sms/twiml-messages';

/**
 * Texts the assistant the way Twilio does: a form-encoded POST to /sms/inbound signed with the
 * real twilio library, and the TwiML answer read back as the list of messages it carries.
 */
export class SmsClient {
  constructor(
    private readonly options: { baseUrl: string; publicBaseUrl: string; authToken: string; from: string; to?: string },
  ) {}

  async send(body: string, messageSid = `SM${randomUUID().replaceAll('-', '')}`): Promise<{ status: number; messages: string[]; raw: string }> {
    const params = { From: this.options.from, To: this.options.to ?? '+18005550199', Body: body, MessageSid: messageSid, NumMedia: '0' };
    const signature = twilio.getExpectedTwilioSignature(this.options.authToken, `${this.options.publicBaseUrl}/sms/inbound`, params);
    const response = await fetch(`${this.options.baseUrl}/sms/inbound`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
      body: new URLSearchParams(params).toString(),
    });
    const raw = await response.text();
    return { status: response.status, messages: messagesIn(raw), raw };
  }
}
