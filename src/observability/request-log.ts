import type { Request, RequestHandler } from 'express';
import type { Logger } from './logger';
import type { HttpRequestMetrics } from './metrics';

/**
 * The express route pattern that answered (`/api/accounts/:id`), never the raw path: paths carry
 * account ids and query strings may carry tokens. Requests no route matched share one label.
 */
export function routePatternOf(request: Request): string {
  const path: unknown = request.route?.path;
  if (typeof path === 'string') return request.baseUrl + path;
  if (Array.isArray(path)) return request.baseUrl + path.join('|');
  return 'unmatched';
}

/** Counts and times every request, and logs one line when it completes: method, route, status, ms. */
export function requestObserver(deps: { metrics: HttpRequestMetrics; logger: Logger }): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routePatternOf(req);
      deps.metrics.observeRequest({ method: req.method, route, status: res.statusCode, seconds });
      deps.logger.info({ method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 }, 'request completed');
    });
    next();
  };
}
