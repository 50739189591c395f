import type { Response } from 'express';
import type { QueueItem } from './queue-order';

const KEEP_ALIVE_EVERY = 15;

/**
 * The live queue as server-sent events. Cases are opened inside conversations, possibly on
 * another instance, so the feed reads the store once a tick (only while someone watches) and
 * pushes the queue when it changed; the desk's own actions push at once through `refresh`.
 */
export class QueueFeed {
  private readonly watchers = new Set<Response>();
  private timer: NodeJS.Timeout | undefined;
  private last = '';
  private ticks = 0;

  constructor(
    private readonly readQueue: () => Promise<QueueItem[]>,
    private readonly intervalMs = 1000,
  ) {}

  async watch(res: Response): Promise<void> {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    this.watchers.add(res);
    res.on('close', () => {
      this.watchers.delete(res);
      if (this.watchers.size === 0) this.stop();
    });
    res.write(this.frame(JSON.stringify(await this.readQueue())));
    this.timer ??= setInterval(() => void this.refresh(), this.intervalMs).unref();
  }

  async refresh(): Promise<void> {
    if (this.watchers.size === 0) return;
    let queue: string;
    try {
      queue = JSON.stringify(await this.readQueue());
    } catch {
      return; // The store did not answer: skip this tick, watchers keep the last queue.
    }
    const keepAlive = ++this.ticks % KEEP_ALIVE_EVERY === 0;
    if (queue === this.last && !keepAlive) return;
    const frame = queue === this.last ? ': keep-alive\n\n' : this.frame(queue);
    for (const res of this.watchers) res.write(frame);
  }

  /** Ends every stream, so the HTTP server can close. */
  close(): void {
    for (const res of this.watchers) res.end();
    this.watchers.clear();
    this.stop();
  }

  private frame(queue: string): string {
    this.last = queue;
    return `event: queue\ndata: {"handoffs":${queue}}\n\n`;
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
