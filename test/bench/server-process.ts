import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerCommand, ServerReport } from './server-protocol';

/** The flags `npm start` runs Node with; every server of the run, baselines too, gets them. */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];

/** A forked serve.ts and a way to ask it things over IPC, one question at a time. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly serviceUrl: string | undefined,
  ) {}

  static async start(args: string[], options: { cpuProfileDir?: string } = {}): Promise<ServerProcess> {
    const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), args, {
      execArgv: ['--import', 'tsx', '--expose-gc', ...SERVER_NODE_FLAGS, ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await nextReport(child, 'ready', 120_000);
    return new ServerProcess(child, `http://127.0.0.1:${ready.port}`, ready.serviceUrl);
  }

  /** Process memory after a full garbage collection. */
  memory(): Promise<{ rss: number; heapUsed: number }> {
    const answer = nextReport(this.child, 'memory', 30_000);
    this.child.send({ cmd: 'memory' } satisfies ServerCommand);
    return answer;
  }

  /** Has the server's own assistant start up to `count` conversations that then go quiet. */
  createIdle(from: number, count: number, concurrency: number, budgetMs: number): Promise<{ ms: number; created: number }> {
    const answer = nextReport(this.child, 'idle', budgetMs + 60_000);
    this.child.send({ cmd: 'idle', from, count, concurrency, budgetMs } satisfies ServerCommand);
    return answer;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ cmd: 'stop' } satisfies ServerCommand);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

function nextReport<C extends ServerReport['cmd']>(child: ChildProcess, cmd: C, timeoutMs: number): Promise<Extract<ServerReport, { cmd: C }>> {
  return new Promise((resolve, reject) => {
    const cleanUp = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: ServerReport): void => {
      if (message.cmd !== cmd) return;
      cleanUp();
      resolve(message as Extract<ServerReport, { cmd: C }>);
    };
    const onExit = (code: number | null): void => {
      cleanUp();
      reject(new Error(`server exited (${code}) before answering ${cmd}`));
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`server did not answer ${cmd} within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
