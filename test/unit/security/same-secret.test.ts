import { describe, expect, it } from 'vitest';
import { sameSecret } from '../../../src/security/same-secret';

describe('sameSecret (every token, signature and password-hash comparison)', () => {
  it('is true only for the same bytes', () => {
    expect(sameSecret('test-operator-token', 'test-operator-token')).toBe(true);
    expect(sameSecret(Buffer.from([1, 2, 3]), Buffer.from([1, 2, 3]))).toBe(true);
    expect(sameSecret('test-operator-token', 'test-operator-tokeN')).toBe(false);
    expect(sameSecret('', 'test-operator-token')).toBe(false);
    expect(sameSecret(Buffer.from([1, 2, 3]), Buffer.from([1, 2, 4]))).toBe(false);
  });

  it('never throws, whatever the length or encoding of what was sent', () => {
    const secret = 'test-operator-token';
    const sent = [
      '',
      'x',
      secret.slice(0, -1),
      `${secret}x`,
      // As many characters as the secret but more bytes: the case that made timingSafeEqual throw.
      `tést-operator-token`,
      'тест-оператор-токен',
      '🔑'.repeat(secret.length),
      '\u0000'.repeat(secret.length),
      'a'.repeat(100_000),
      '\ud800',
    ];
    for (const given of sent) {
      expect(() => sameSecret(given, secret)).not.toThrow();
      expect(sameSecret(given, secret)).toBe(false);
    }
  });

  it('compares strings as UTF-8, so a non-ASCII secret matches itself and nothing else', () => {
    expect(sameSecret('contraseña-segura', 'contraseña-segura')).toBe(true);
    expect(sameSecret('contrasena-segura', 'contraseña-segura')).toBe(false);
    expect(sameSecret(Buffer.from('contraseña-segura'), 'contraseña-segura')).toBe(true);
  });
});
