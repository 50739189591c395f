import { AmicableError, type ErrorKind } from '../errors';

/**
 * A rule of the domain was broken; `code` is stable so callers branch on it, not on the message.
 * Most are refusals (a plan longer than the policy allows); the thrower says when it is rather bad
 * input, a missing record or a state that forbids the step.
 */
export class DomainError extends AmicableError {
  constructor(code: string, message: string, kind: ErrorKind = 'refused') {
    super(kind, code, message);
  }
}
