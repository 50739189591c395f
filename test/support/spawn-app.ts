import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { TWILIO_AUTH_TOKEN } from './app-under-test';
import { SmsClient } from './sms-client';

/**
 * A clock several app processes share: it reads `now` at the real instant `nowAt` (epoch ms) and
 * runs `speed` times as fast as real time, so their job leases agree and end `speed` times sooner.
 */
export interface SharedClock {
  now: string;
  nowAt: number;
  speed: number;
}

export function sharedClockTime(clock: SharedClock, realMs = Date.now()): Date {
  return new Date(Date.parse(clock.now) + (realMs - clock.nowAt) * clock.speed);
}

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  publicBaseUrl: string;
  texter(from: string): SmsClient;
}

/**
 * A separate Node process running the app on a shared Redis (test/support/app-process.ts, whose
 * comment lists the environment it reads), as another instance or a restarted one would be.
 */
export async function spawnApp(env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/app-process.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [null])])) as [string | null];
  if (!first) throw new Error('the app process exited before it was ready');
  const { baseUrl, publicBaseUrl } = JSON.parse(first) as { baseUrl: string; publicBaseUrl: string };
  return { child, baseUrl, publicBaseUrl, texter: (from) => new SmsClient({ baseUrl, publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from }) };
}

/** Stops the process with `signal` and resolves once it has exited. */
export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = once(app.child, 'exit');
  app.child.kill(signal);
  await exited;
}
