import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

let nextAddress = 0;

/**
 * A request with whatever headers and bytes a hostile client chooses (fetch refuses some, and
 * recomputes others). Each comes from its own 127.2.x.y address: per-IP rate limits would
 * otherwise answer every later run with 429 and hide the handlers from the fuzzer.
 */
export function rawPost(baseUrl: string, path: string, headers: Record<string, string>, body: Buffer): Promise<RawAnswer> {
  nextAddress += 1;
  const localAddress = `127.2.${Math.floor(nextAddress / 256) % 256}.${nextAddress % 256}`;
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) }, localAddress, agent: false, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from POST ${path}`)));
    // The server may answer 413 before it has read a huge body; the answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}
