import type { Clock } from '../domain/clock';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit skips the model before one trial request. */
  coolDownMs: number;
  clock: Clock;
}

/**
 * Stops calling a failing model for a while: after `failureThreshold` failures in a row the
 * circuit opens and every message goes to the local recognizer until the cool-down ends; then one
 * trial is let through (half-open), and its outcome closes or re-opens the circuit.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil: number | null = null;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): 'closed' | 'open' | 'half_open' {
    if (this.openUntil === null) return 'closed';
    return this.options.clock.now().getTime() < this.openUntil ? 'open' : 'half_open';
  }

  /** Whether a request may go to the model now (a half-open circuit lets one through). */
  allowRequest(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openUntil = null;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.failures++;
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    if (wasTrial || this.failures >= this.options.failureThreshold) {
      this.openUntil = this.options.clock.now().getTime() + this.options.coolDownMs;
    }
  }
}
