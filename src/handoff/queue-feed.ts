import type { Response } from 'express';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import { queueView, type QueueFilter } from './queue-order';

const KEEP_ALIVE_EVERY = 15;

interface Watcher {
  filter: QueueFilter;
  /** The last queue this watcher was sent, as JSON. */
  last: string;
}

/**
 * The live queue as server-sent events, each watcher through its own filters. Cases are opened
 * inside conversations, possibly on another instance, so the feed reads the store once a tick
 * (only while someone watches) and pushes each watcher's queue when it changed, an SLA that
 * became due soon included; the desk's own actions push at once through `refresh`.
 */
export class QueueFeed {
  private readonly watchers = new Map<Response, Watcher>();
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;

  constructor(
    private readonly readCases: () => Promise<HandoffCase[]>,
    private readonly clock: Clock,
    private readonly intervalMs = 1000,
  ) {}

  async watch(res: Response, filter: QueueFilter): Promise<void> {
    const cases = await this.readCases();
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    const watcher: Watcher = { filter, last: '' };
    this.watchers.set(res, watcher);
    res.on('close', () => {
      this.watchers.delete(res);
      if (this.watchers.size === 0) this.stop();
    });
    res.write(this.frame(watcher, this.queueFor(cases, filter)));
    this.timer ??= setInterval(() => void this.refresh(), this.intervalMs).unref();
  }

  async refresh(): Promise<void> {
    if (this.watchers.size === 0) return;
    let cases: HandoffCase[];
    try {
      cases = await this.readCases();
    } catch {
      return; // The store did not answer: skip this tick, watchers keep the last queue.
    }
    const keepAlive = ++this.ticks % KEEP_ALIVE_EVERY === 0;
    for (const [res, watcher] of this.watchers) {
      const queue = this.queueFor(cases, watcher.filter);
      if (queue !== watcher.last) res.write(this.frame(watcher, queue));
      else if (keepAlive) res.write(': keep-alive\n\n');
    }
  }

  /** Ends every stream, so the HTTP server can close. */
  close(): void {
    for (const res of this.watchers.keys()) res.end();
    this.watchers.clear();
    this.stop();
  }

  /** Without a status filter the live queue is the work still to do: open and claimed cases. */
  private queueFor(cases: HandoffCase[], filter: QueueFilter): string {
    const current = filter.status ? cases : cases.filter((handoff) => handoff.status !== 'resolved');
    return JSON.stringify(queueView(current, filter, this.clock.now()));
  }

  private frame(watcher: Watcher, queue: string): string {
    watcher.last = queue;
    return `event: queue\ndata: {"handoffs":${queue}}\n\n`;
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
