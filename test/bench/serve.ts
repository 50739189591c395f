/**
 * One server under test, in its own process so the load generator never shares its event loop
 * or its core. Usage (forked by run.ts with --expose-gc): serve.ts amicable <redisUrl> <accounts>
 * | express | echo-bot. Reports { port, serviceUrl? } over IPC, then answers commands.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Assistant } from '../../src/conversation/assistant';
import { startAmicable } from './amicable-server';
import { startEchoBotBaseline, startExpressBaseline } from './baseline-servers';
import { benchPhone } from './portfolio';
import type { ServerCommand, ServerReport } from './server-protocol';

const [kind, redisUrl, accounts] = process.argv.slice(2);

function report(message: ServerReport): void {
  process.send?.(message);
}

/** Heap after a full collection, so growth measures what is retained, not garbage. */
function settledMemory(): { rss: number; heapUsed: number } {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/**
 * Debtors who texted "Hi" and never answered the date-of-birth question; stops at `count` or
 * when the time budget is spent, and answers how many it created.
 */
async function createIdle(assistant: Assistant, from: number, count: number, concurrency: number, budgetMs: number): Promise<number> {
  let next = from;
  const end = from + count;
  const deadline = performance.now() + budgetMs;
  const worker = async (): Promise<void> => {
    while (next < end && performance.now() < deadline) {
      const phone = benchPhone(next++);
      await assistant.handle({ channel: 'sms', conversationId: `sms:${phone}`, address: phone, text: 'Hi', messageId: `SMidle${phone}` });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return next - from;
}

async function main(): Promise<void> {
  let server: Server;
  let assistant: Assistant | undefined;
  let serviceUrl: string | undefined;
  if (kind === 'amicable') {
    if (!redisUrl || !accounts) throw new Error('serve.ts amicable <redisUrl> <accounts>');
    ({ server, assistant } = await startAmicable(redisUrl, Number(accounts)));
  } else if (kind === 'express') {
    server = await startExpressBaseline();
  } else if (kind === 'echo-bot') {
    ({ server, serviceUrl } = await startEchoBotBaseline());
  } else {
    throw new Error(`serve.ts: unknown server ${String(kind)}`);
  }
  process.on('message', (command: ServerCommand) => {
    void (async () => {
      if (command.cmd === 'memory') report({ cmd: 'memory', ...settledMemory() });
      if (command.cmd === 'idle') {
        if (!assistant) throw new Error('idle conversations need the amicable server');
        const started = performance.now();
        const created = await createIdle(assistant, command.from, command.count, command.concurrency, command.budgetMs);
        report({ cmd: 'idle', ms: performance.now() - started, created });
      }
      if (command.cmd === 'stop') {
        server.closeAllConnections();
        server.close(() => process.exit(0));
      }
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  report({ cmd: 'ready', port: (server.address() as AddressInfo).port, ...(serviceUrl ? { serviceUrl } : {}) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
