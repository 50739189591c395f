/** What run.ts and a forked serve.ts say to each other over IPC. */
export type ServerCommand =
  | { cmd: 'memory' }
  | { cmd: 'idle'; from: number; count: number; concurrency: number; budgetMs: number }
  | { cmd: 'stop' };

export type ServerReport =
  | { cmd: 'ready'; port: number; serviceUrl?: string }
  | { cmd: 'memory'; rss: number; heapUsed: number }
  | { cmd: 'idle'; ms: number; created: number };
