import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A redis-server of the test's own on a loopback port. Without `appendOnly` it keeps nothing
 * on disk (fast, and disk never skews a benchmark); with it, every write is fsynced to `dir`,
 * so a killed and restarted server still has what it had acknowledged.
 */
export function spawnRedisServer(port: number, dir: string, options: { appendOnly?: boolean } = {}): ChildProcess {
  const persistence = options.appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir], { stdio: 'ignore' });
}

export async function waitForRedis(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const answer = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (answer.stdout?.trim() === 'PONG') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}
