import { OPERATOR_TOKEN, startApp } from '../../support/app-under-test';

export { SPECIALISTS, TWILIO_ACCOUNT_SID, TWILIO_FROM_NUMBER } from '../../support/app-under-test';

/** The app under test, with a shortcut for the handoff API called as an external desk would. */
export async function startHandoffHarness(options: { store: 'memory' | 'redis'; redisUrl?: string; now?: string; sms?: 'twilio' | 'local-outbox'; creditorWebhookUrl?: string }) {
  const app = await startApp(options);

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  return { app, twilioApi: app.twilioApi, deskUrl: app.baseUrl, call, close: () => app.close() };
}
