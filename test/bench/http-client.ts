import { Agent, request } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * A bare node:http call on a keep-alive agent: lighter than fetch, so the load generator spends
 * less of the machine's two cores than the servers it measures.
 */
export function send(
  agent: Agent,
  url: URL,
  options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = request(
      url,
      {
        agent,
        method: options.method ?? 'POST',
        headers: { ...options.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url.pathname}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** One connection per simulated debtor, as each phone or browser would have. */
export function debtorAgent(localAddress?: string): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1, ...(localAddress ? { localAddress } : {}) });
}
