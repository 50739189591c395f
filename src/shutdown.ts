import type { Server } from 'node:http';
import type { RequestHandler } from 'express';

export interface StoppableParts {
  /** Turns under way; shutdown waits until they have ended. */
  assistant: { settled(): Promise<void> };
  /** The job pollers: stop starting passes, let the one under way finish. */
  outreach: { stop(): Promise<void> };
  /** Long-lived streams (web-chat sockets, the console's queue events) that would hold the server open. */
  streams: { close(): void }[];
  store: { close(): Promise<void> };
}

/**
 * Stopping without losing a turn (a rolling deploy's SIGTERM, issue #20): new requests get 503
 * (Twilio retries them, on this instance's successor), requests and turns in flight finish, with a
 * deadline, then the pollers stop and the store closes. A turn cut short by the deadline commits
 * nothing of its own, so its retry runs it again (turn-effects.ts).
 */
export class GracefulShutdown {
  private draining = false;
  private inFlight = 0;
  private onIdle: (() => void) | undefined;

  /** Mount first: counts requests in flight, and refuses new ones once draining. */
  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.draining) {
      res.set({ Connection: 'close', 'Retry-After': '5' }).status(503).json({ error: { code: 'shutting_down', message: 'This server is restarting; please try again' } });
      return;
    }
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) this.onIdle?.();
    });
    next();
  };

  /** Resolves with whether everything in flight finished before `deadlineMs`. */
  async run(server: Server, parts: StoppableParts, deadlineMs: number): Promise<{ drained: boolean }> {
    this.draining = true;
    server.close();
    for (const stream of parts.streams) stream.close();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), deadlineMs);
    });
    const drained = await Promise.race([Promise.all([this.requestsEnded(), parts.assistant.settled(), parts.outreach.stop()]).then(() => true), deadline]);
    clearTimeout(timer);
    server.closeAllConnections();
    await parts.store.close();
    return { drained };
  }

  private requestsEnded(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.onIdle = resolve;
    });
  }
}
