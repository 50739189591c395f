import { pino, stdSerializers, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { redactPhoneNumbers, redactSensitive } from '../compliance/redaction';

export type { Logger };

/**
 * Fields that carry personal data wherever they appear in a log object (PRV-02): Twilio's webhook
 * fields in both spellings, what a debtor wrote, who they are, and any credential.
 */
const personalFields = [
  'phone', 'address', 'from', 'to', 'From', 'To', 'body', 'Body', 'text', 'name', 'email',
  'dateOfBirth', 'dob', 'zip', 'ssn', 'ssnLast4', 'password', 'secret', 'token',
];
const credentialHeaders = ['authorization', 'cookie', '["set-cookie"]', '["x-twilio-signature"]'];

/** Top level and two levels down (`{ req: { body: { From } } }`): wildcards match one level each. */
export const redactedPaths: string[] = [
  ...personalFields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  ...credentialHeaders.flatMap((header) => {
    const key = header.startsWith('[') ? header : `.${header}`;
    return [`headers${key}`, `*.headers${key}`];
  }),
];

/** Free text fit for a log line: card data, SSNs, bank numbers and every phone number removed. */
export function scrubFreeText(text: string): string {
  return redactPhoneNumbers(redactSensitive(text).text);
}

/** Errors keep their type and stack; their message may quote what a debtor wrote, so it is scrubbed. */
function scrubbedError(error: Error): Record<string, unknown> {
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack'] as const) {
    if (typeof serialized[key] === 'string') serialized[key] = scrubFreeText(serialized[key]);
  }
  return serialized;
}

/**
 * The app's JSON-lines logger. Personal fields are censored by path; anything that must log free
 * text puts it under `freeText`, which is scrubbed. `destination` is for tests that read the lines.
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: {
        err: scrubbedError,
        freeText: (text: unknown) => (typeof text === 'string' ? scrubFreeText(text) : text),
      },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

/** For tests and tools that build an app without wanting its log lines. */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}
