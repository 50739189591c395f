import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, parseSpecialistCredential, checkPassword } from '../../../src/handoff/specialist-passwords';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';
import { SPECIALISTS, startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const CONSOLE = { 'X-Amicable-Console': '1', 'Content-Type': 'application/json' };

describe('specialist passwords', () => {
  it('accepts SPECIALIST_USERS entries given as a password or as scrypt$salt$hash', () => {
    const credentials = [parseSpecialistCredential({ name: 'sam', secret: 'pw-one' }), parseSpecialistCredential({ name: 'alex', secret: hashPassword('pw-two') })];
    expect(checkPassword(credentials, 'sam', 'pw-one')).toBe('sam');
    expect(checkPassword(credentials, 'alex', 'pw-two')).toBe('alex');
    expect(checkPassword(credentials, 'alex', 'pw-one')).toBeNull();
    expect(checkPassword(credentials, 'nobody', 'pw-one')).toBeNull();
  });
});

describe('the console sign-in and session', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${harness.deskUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  async function signIn(name: keyof typeof SPECIALISTS): Promise<string> {
    const response = await post('/console/login', { name, password: SPECIALISTS[name] }, CONSOLE);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    return cookie.split(';')[0]!;
  }

  it('refuses wrong passwords and sign-ins without the console header', async () => {
    expect((await post('/console/login', { name: 'sam', password: 'wrong' }, CONSOLE)).status).toBe(401);
    expect((await post('/console/login', { name: 'sam', password: SPECIALISTS.sam }, { 'Content-Type': 'application/json' })).status).toBe(403);
  });

  it('acts as the signed-in specialist, only with the CSRF header, and streams the queue', async () => {
    const sms = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    await sms.send('I want to talk to a person');
    const cookie = await signIn('alex');

    const events = await fetch(`${harness.deskUrl}/api/handoffs/events`, { headers: { Cookie: cookie } });
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = events.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^event: queue\ndata: /);
    const [handoff] = JSON.parse(first.split('data: ')[1]!).handoffs;
    expect(handoff).toMatchObject({ reason: 'requested_person', status: 'open' });
    await reader.cancel();

    expect((await post(`/api/handoffs/${handoff.id}/claim`, {}, { Cookie: cookie, 'Content-Type': 'application/json' })).status).toBe(403);
    expect((await post(`/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' }, { ...CONSOLE, Cookie: cookie })).status).toBe(403);
    const claimed = await post(`/api/handoffs/${handoff.id}/claim`, {}, { ...CONSOLE, Cookie: cookie });
    expect(await claimed.json()).toMatchObject({ claimedBy: 'alex' });

    expect((await post('/console/logout', {}, { ...CONSOLE, Cookie: cookie })).status).toBe(204);
    expect((await fetch(`${harness.deskUrl}/api/handoffs`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});
