import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { TwilioConfig } from '../../config';

/**
 * Twilio's REST client sends to api.twilio.com; this one rewrites each request's origin so a
 * deployment (or a test's local fake) can point it elsewhere with TWILIO_API_BASE_URL. Only the
 * origin changes: the path, auth and form body stay exactly what twilio-node built.
 */
class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: URL) {
    super();
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const target = new URL(opts.uri);
    target.protocol = this.baseUrl.protocol;
    target.host = this.baseUrl.host;
    return super.request<TData>({ ...opts, uri: target.href });
  }
}

/** Messages that go out outside a webhook's TwiML answer: a specialist's replies, later reminders. */
export interface SmsSender {
  /**
   * Resolves with the message's SID once the provider accepted it; `keptLocally` when no provider
   * is configured and the message went to the local outbox instead (local-outbox.ts).
   */
  send(to: string, body: string): Promise<SmsSent>;
}

export interface SmsSent {
  sid: string;
  keptLocally?: true;
}

/**
 * Null when the account SID, auth token or sender number is missing: outbound SMS is then off.
 * With `statusCallbackUrl` (our /sms/status) Twilio reports each message's delivery there.
 */
export function createSmsSender(config: TwilioConfig, statusCallbackUrl?: string): SmsSender | null {
  const { accountSid, authToken, fromNumber, apiBaseUrl } = config;
  if (!accountSid || !authToken || !fromNumber) return null;
  const client = twilio(accountSid, authToken, { httpClient: new BaseUrlRequestClient(new URL(apiBaseUrl)) });
  return {
    async send(to, body) {
      const sent = await client.messages.create({ to, from: fromNumber, body, ...(statusCallbackUrl ? { statusCallback: statusCallbackUrl } : {}) });
      return { sid: sent.sid };
    },
  };
}
