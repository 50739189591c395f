import { smsSegmentCount } from '../../src/compliance/sms-segments';
import { SmsClient } from '../support/sms-client';
import { startApp, TWILIO_AUTH_TOKEN } from '../support/app-under-test';

/**
 * What a scripted SMS conversation costs the creditor (issue #15 item 6): the messages the
 * assistant's TwiML answers carry, and the segments carriers bill for them (sms-segments.ts).
 * Run against the real app with the sample portfolio, Maria (+15125550101) verifying first.
 */
export const SCRIPTED_SMS_CONVERSATIONS = {
  plan: ['Hi', 'March 14, 1985', '78701', 'I need a payment plan', '$100 a month', '1', 'yes', 'thanks'],
  promise: ['Hi', 'March 14, 1985', '78701', 'I can pay $200 on Friday', 'yes', 'thanks'],
  dispute: ['Hi', 'March 14, 1985', '78701', "I don't think I owe this", 'thanks'],
} as const;

export interface SmsCost {
  conversation: keyof typeof SCRIPTED_SMS_CONVERSATIONS;
  debtorTexts: number;
  messages: number;
  segments: number;
  /** Every message sent, in order, for a reader checking what the figures stand for. */
  transcript: Array<{ debtor: string; assistant: string[] }>;
}

export async function measureSmsCosts(): Promise<SmsCost[]> {
  const costs: SmsCost[] = [];
  for (const [name, texts] of Object.entries(SCRIPTED_SMS_CONVERSATIONS) as Array<[keyof typeof SCRIPTED_SMS_CONVERSATIONS, readonly string[]]>) {
    // A fresh app each: one conversation's state (a dispute's hold) never shapes the next.
    const app = await startApp({ store: 'memory' });
    try {
      const client = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
      const transcript: SmsCost['transcript'] = [];
      for (const text of texts) {
        const { status, messages } = await client.send(text);
        if (status !== 200) throw new Error(`SMS "${text}" answered ${status}`);
        transcript.push({ debtor: text, assistant: messages });
      }
      const sent = transcript.flatMap((turn) => turn.assistant);
      costs.push({ conversation: name, debtorTexts: texts.length, messages: sent.length, segments: sent.reduce((sum, text) => sum + smsSegmentCount(text), 0), transcript });
    } finally {
      await app.close();
    }
  }
  return costs;
}

/** Issue #15: a scripted plan conversation by SMS bills at most this many segments. */
export const PLAN_SEGMENTS_TARGET = 12;

export function smsCostLine(cost: SmsCost): string {
  const target = cost.conversation === 'plan' ? ` (target <= ${PLAN_SEGMENTS_TARGET})` : '';
  return `SMS cost, scripted ${cost.conversation} conversation: ${cost.debtorTexts} debtor texts, ${cost.messages} messages, ${cost.segments} billed segments${target}`;
}
