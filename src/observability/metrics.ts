import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Channel } from '../domain/channel';
import type { ComplianceDecision } from '../domain/transcript';

/** What the conversation runtime reports: one turn's channel and how long it took. */
export interface TurnMetrics {
  /** Starts timing a turn; call the returned function when the turn ends, however it ends. */
  startTurn(channel: Channel): () => void;
}

/** What the outbound gate middleware reports: each decision by action and channel. */
export interface OutboundDecisionMetrics {
  countOutboundDecision(action: ComplianceDecision['action'], channel: Channel): void;
}

export interface HttpRequestMetrics {
  /** `route` is the express route pattern (`/api/accounts/:id`) or `unmatched`, never a raw path. */
  observeRequest(request: { method: string; route: string; status: number; seconds: number }): void;
}

export interface AmicableMetrics extends TurnMetrics, OutboundDecisionMetrics, HttpRequestMetrics {
  /** One registry per app: tests build many apps in one process and the global one would collide. */
  readonly registry: Registry;
}

// Turns wait on Redis, a model and the gate: buckets up to Twilio's 15 s webhook timeout.
const SECONDS_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/**
 * The Prometheus metrics of one app. Labels carry only bounded, non-personal values (method, route
 * pattern, status, channel, gate action): never a phone number, an account id or a conversation id.
 */
export function createMetrics(options: { processMetrics?: boolean } = {}): AmicableMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const httpRequests = new Counter({
    name: 'amicable_http_requests_total',
    help: 'HTTP requests answered, by method, express route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'amicable_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, express route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const turns = new Counter({
    name: 'amicable_turns_total',
    help: 'Debtor turns run through the bot, by channel (redelivered messages are not counted)',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const turnDuration = new Histogram({
    name: 'amicable_turn_duration_seconds',
    help: 'Time to run one debtor turn (recognizer, dialogs, outbound gate, store), by channel',
    labelNames: ['channel'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const outboundDecisions = new Counter({
    name: 'amicable_outbound_decisions_total',
    help: 'Outbound gate decisions on messages the assistant tried to send, by action and channel',
    labelNames: ['action', 'channel'] as const,
    registers: [registry],
  });

  return {
    registry,
    startTurn(channel) {
      // Wall time on purpose: the injected Clock is business time, which tests stop or move.
      const endTimer = turnDuration.startTimer({ channel });
      return () => {
        endTimer();
        turns.inc({ channel });
      };
    },
    countOutboundDecision(action, channel) {
      outboundDecisions.inc({ action, channel });
    },
    observeRequest({ method, route, status, seconds }) {
      const labels = { method, route, status: String(status) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, seconds);
    },
  };
}

/**
 * GET /metrics in Prometheus text exposition. Open like most scrape targets: labels hold nothing
 * personal, so there is nothing to protect with the operator token.
 */
export function metricsEndpoint(metrics: AmicableMetrics): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
