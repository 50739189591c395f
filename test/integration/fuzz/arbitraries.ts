import fc from 'fast-check';

/** Header names and values node:http will put on the wire (it refuses control characters). */
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,24}$/);
const headerValue = fc.string({ unit: fc.constantFrom(...'abc XYZ019;=,/+*-_.:"\'()[]{}<>?@!#$%&~^`|'), maxLength: 60 });

export const contentType = fc.constantFrom(
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=utf-8',
  'application/x-www-form-urlencoded; charset=latin1',
  'application/x-www-form-urlencoded; charset=utf-16',
  'application/x-www-form-urlencoded; charset=klingon',
  'application/json',
  'application/json; charset=utf-16le',
  'application/json; charset=nonsense',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  ';;;',
);

/** Content-Encoding a client may claim, whether or not the body matches it. */
export const contentEncoding = fc.constantFrom(undefined, 'identity', 'gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip');

export const extraHeaders = fc.dictionary(headerName, headerValue, { maxKeys: 6 });

/** JSON nested `depth` levels deep, in arrays or objects: parsers that recurse may blow the stack. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies from plausible to hostile: JSON values, random bytes, huge text, deep nesting, form soup. */
export const body: fc.Arbitrary<Buffer> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => Buffer.from(text)),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 40 }), { maxKeys: 12 }).map((form) => Buffer.from(new URLSearchParams(form).toString())),
  fc.record({ depth: fc.integer({ min: 1_000, max: 100_000 }), kind: fc.constantFrom('array' as const, 'object' as const) }).map(({ depth, kind }) => Buffer.from(deeplyNested(depth, kind))),
  fc.integer({ min: 1, max: 400 }).map((kilobytes) => Buffer.alloc(kilobytes * 1024, 'a')),
  fc.integer({ min: 1, max: 5_000 }).map((count) => Buffer.from(Array.from({ length: count }, (_, i) => `p${i}[x][y]=${i}`).join('&'))),
);
