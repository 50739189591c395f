/** A rule of the domain was broken; `code` is stable so callers branch on it, not on the message. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
