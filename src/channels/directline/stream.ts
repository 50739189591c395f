import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { tokenGrant } from './auth';
import type { DirectLine } from './direct-line';
import { DIRECTLINE_BASE } from './routes';

const STREAM_PATH = new RegExp(`^${DIRECTLINE_BASE}/conversations/([^/]+)/stream$`);

/** Refuses an upgrade with a plain HTTP answer in the house error shape. */
function refuse(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/**
 * The streamUrl: pushes `{ activities, watermark }` frames as the conversation grows, starting
 * with what the client missed after `watermark`. Empty frames keep idle proxies from closing the
 * socket; what the client sends (directlinejs pings with empty strings) is ignored.
 */
export class ActivityStream {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  private readonly sockets = new Set<WebSocket>();

  constructor(
    private readonly directLine: DirectLine,
    private readonly keepAliveSeconds: number,
  ) {}

  /** Handles upgrades on our stream path; other paths are left to other listeners. */
  attach(httpServer: Server): void {
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = STREAM_PATH.exec(url.pathname);
      if (!match) return;
      const conversationId = decodeURIComponent(match[1]!);
      const token = url.searchParams.get('t');
      if (!token) return refuse(socket, 401, 'unauthorized', 'The stream URL needs its t= token');
      let grantConversation: string;
      try {
        grantConversation = tokenGrant(this.directLine.issuer, token).conversationId;
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'token_invalid';
        return refuse(socket, 403, code, (error as Error).message);
      }
      if (grantConversation !== conversationId) return refuse(socket, 403, 'wrong_conversation', 'This token belongs to another conversation');
      const watermark = Number(url.searchParams.get('watermark') ?? '0') || 0;
      this.server.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversationId, watermark));
    });
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate();
    this.server.close();
  }

  private serve(ws: WebSocket, conversationId: string, watermark: number): void {
    const { log } = this.directLine;
    this.sockets.add(ws);
    // One read at a time, each from what this socket last sent, so frames go out in order and once
    // however many notices arrive, from whichever instance appended.
    let sent = watermark;
    let reading = Promise.resolve();
    const catchUp = () => {
      reading = reading
        .then(async () => {
          if (ws.readyState !== ws.OPEN) return;
          const set = await log.since(conversationId, sent);
          sent = Number(set.watermark);
          if (set.activities.length > 0) ws.send(JSON.stringify(set));
        })
        .catch(() => {
          // The store is away: the next notice (one follows a reconnect) or the client's reconnect catches up.
        });
    };
    let closed = false;
    let stopWatching: (() => void) | undefined;
    const keepAlive = setInterval(() => ws.send(''), this.keepAliveSeconds * 1000);
    keepAlive.unref();
    ws.on('close', () => {
      closed = true;
      clearInterval(keepAlive);
      stopWatching?.();
      this.sockets.delete(ws);
    });
    ws.on('error', () => ws.terminate());
    // Watching first, then the first catch-up (what the client missed): nothing appended in between is lost.
    log.watch(conversationId, catchUp).then(
      (stop) => {
        if (closed) return stop();
        stopWatching = stop;
        catchUp();
      },
      () => ws.close(1011, 'activities are unavailable; reconnect'),
    );
  }
}
