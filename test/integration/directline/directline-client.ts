import { createRequire } from 'node:module';
import WebSocket from 'ws';

// botframework-directlinejs is a browser library: in Node it needs these two globals (STACK.md).
const require = createRequire(import.meta.url);
(globalThis as Record<string, unknown>).XMLHttpRequest = require('xhr2');
(globalThis as Record<string, unknown>).WebSocket = WebSocket;
const { DirectLine } = await import('botframework-directlinejs');

export interface ReceivedActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; name?: string; role?: string };
  suggestedActions?: { actions: { type: string; title: string; value: string }[] };
  attachments?: { contentType: string; content: any }[];
  replyToId?: string;
  timestamp: string;
}

/** The unmodified Direct Line client, connected with a token over the WebSocket stream. */
export function connectClient(domain: string, token: string, user: { id: string; name?: string }) {
  const client = new DirectLine({ domain, token, webSocket: true });
  const received: ReceivedActivity[] = [];
  const waiters: { predicate: (activity: ReceivedActivity) => boolean; resolve: (activity: ReceivedActivity) => void }[] = [];
  const subscription = client.activity$.subscribe((activity) => {
    const typed = activity as unknown as ReceivedActivity;
    received.push(typed);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(typed)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(typed);
      }
    }
  });
  return {
    client,
    received,
    /** Posts a message and resolves with the server's id for it. */
    send(text: string): Promise<string> {
      return new Promise((resolve, reject) => {
        client.postActivity({ type: 'message', from: user, text }).subscribe({ next: resolve, error: reject });
      });
    },
    /** The first activity, already received or still to come, that matches. */
    waitFor(predicate: (activity: ReceivedActivity) => boolean, timeoutMs = 10_000): Promise<ReceivedActivity> {
      const seen = received.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching activity in ${timeoutMs} ms; got ${JSON.stringify(received.map((a) => a.text))}`)), timeoutMs);
        waiters.push({ predicate, resolve: (activity) => (clearTimeout(timer), resolve(activity)) });
      });
    },
    end() {
      subscription.unsubscribe();
      client.end();
    },
  };
}
