import twilio from 'twilio';
import { OPERATOR_TOKEN, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

/** The operator API as the dashboard calls it: JSON with the bearer token. */
export async function operatorPost(app: AppUnderTest, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return { status: response.status, body: await response.json() };
}

/** Twilio's status callback for one message, signed as Twilio signs it. */
export async function reportDelivery(app: AppUnderTest, sid: string, status: string): Promise<number> {
  const params = { MessageSid: sid, MessageStatus: status };
  const signature = twilio.getExpectedTwilioSignature(TWILIO_AUTH_TOKEN, `${app.publicBaseUrl}/sms/status`, params);
  const response = await fetch(`${app.baseUrl}/sms/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  return response.status;
}
