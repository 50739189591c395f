import { expect } from 'vitest';
import { SmsClient } from '../../support/sms-client';
import { OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

/**
 * Transcript-style conversations over SMS with the real app (memory store): what the debtor says,
 * what the assistant answers. The sample portfolio's Maria (NW-1001, English) and José (NW-1002,
 * Spanish); any other number is unknown to the creditor.
 */
export class Conversations {
  private constructor(readonly app: AppUnderTest) {}

  static async start(now?: string): Promise<Conversations> {
    return new Conversations(await startApp({ store: 'memory', ...(now ? { now } : {}) }));
  }

  close(): Promise<void> {
    return this.app.close();
  }

  texter(from: string): (text: string) => Promise<string> {
    const client = new SmsClient({ baseUrl: this.app.baseUrl, publicBaseUrl: this.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });
    return async (text) => {
      const { status, messages } = await client.send(text);
      expect(status, `HTTP status after "${text}"`).toBe(200);
      return messages.join('\n');
    };
  }

  /** Maria, verified and at the menu. */
  async maria(): Promise<(text: string) => Promise<string>> {
    const say = this.texter('+15125550101');
    await say('Hi');
    await say('March 14, 1985');
    expect(await say('78701')).toMatch(/Your balance is \$1,240\.50/);
    return say;
  }

  /** José, verified and at the menu, in Spanish. */
  async jose(): Promise<(text: string) => Promise<string>> {
    const say = this.texter('+13055550102');
    await say('Hola');
    await say('02/11/1979');
    expect(await say('33130')).toMatch(/Su saldo es \$860\.00/);
    return say;
  }

  async account(id: string): Promise<any> {
    const { status, body } = await this.app.operator(`/api/accounts/${id}`);
    expect(status).toBe(200);
    return body;
  }

  async transcriptEvents(id: string): Promise<string[]> {
    const { body } = await this.app.operator(`/api/accounts/${id}/transcript`);
    return body.transcript.flatMap((entry: { event?: string }) => (entry.event ? [entry.event] : []));
  }

  /** An operator (or a specialist named `actor`) acting on an account. */
  async post(path: string, body: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }
}

/** A number the creditor has no account for: a new conversation each time. */
let unknown = 0;
export function unknownNumber(): string {
  unknown++;
  return `+1512555${String(2000 + unknown).padStart(4, '0')}`;
}

/** Nothing about money: no amount, no payment ask (AI-02, RF-14). */
export const moneyTalk = /\$\s?\d|\bpay\b|\bpayment|\bpagar\b|\bpago\b|\bsaldo\b|\bbalance\b/i;
