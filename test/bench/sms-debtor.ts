import type { Agent } from 'node:http';
import twilio from 'twilio';
import { BENCH_PUBLIC_URL, BENCH_TWILIO_TOKEN } from './amicable-server';
import { send } from './http-client';
import type { Recorder } from './load';
import { BENCH_DOB, BENCH_ZIP, benchPhone } from './portfolio';

/** A whole SMS conversation: what the debtor texts, and what shows the assistant understood. */
export const SMS_SCRIPT: ReadonlyArray<readonly [text: string, expected: RegExp]> = [
  ['Hi', /date of birth/i],
  [BENCH_DOB, /ZIP/],
  [BENCH_ZIP, /2 Set up a payment plan/],
  ['2', /a month for \d+ months/],
  ['1', /YES/],
  ['yes', /Done\./],
];

/** Twilio's form fields for one text, signed with the real twilio library as Twilio does. */
export function signedSms(from: string, body: string, messageSid: string): { headers: Record<string, string>; body: string } {
  const params = { From: from, To: '+18005550199', Body: body, MessageSid: messageSid, NumMedia: '0' };
  const signature = twilio.getExpectedTwilioSignature(BENCH_TWILIO_TOKEN, `${BENCH_PUBLIC_URL}/sms/inbound`, params);
  return {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: new URLSearchParams(params).toString(),
  };
}

/**
 * Debtor `debtor` texts the script through, each text when `pace` allows (at once when absent);
 * stops early when the run's time is up or a turn fails.
 */
export async function smsConversation(options: { baseUrl: string; agent: Agent; debtor: number; recorder: Recorder; expired: () => boolean; pace?: () => Promise<void> }): Promise<void> {
  const url = new URL('/sms/inbound', options.baseUrl);
  const phone = benchPhone(options.debtor);
  for (const [step, [text, expected]] of SMS_SCRIPT.entries()) {
    await options.pace?.();
    if (options.expired()) return;
    const ok = await options.recorder.time(async () => {
      const answer = await send(options.agent, url, signedSms(phone, text, `SMbench${options.debtor}x${step}`));
      if (answer.status !== 200) throw new Error(`SMS "${text}" answered ${answer.status}: ${answer.body.slice(0, 200)}`);
      if (!expected.test(answer.body)) throw new Error(`SMS "${text}" reply lacks ${expected}: ${answer.body.slice(0, 300)}`);
    });
    if (!ok) return;
  }
}
