import { randomBytes, scryptSync } from 'node:crypto';
import { passwordHashForm, type SpecialistUser } from '../config';
import { sameSecret } from '../security/same-secret';

const KEY_LENGTH = 32;

/** A console login ready to check: the scrypt hash of a password, never the password itself. */
export interface SpecialistCredential {
  name: string;
  salt: Buffer;
  hash: Buffer;
}

/** `scrypt$<salt>$<hash>` (base64url), the form SPECIALIST_USERS accepts besides a plain password. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(password, salt, KEY_LENGTH).toString('base64url')}`;
}

/**
 * One SPECIALIST_USERS entry (config.ts already split name from secret) as a credential. A plain
 * password is hashed at start, so it is never compared as text and every check costs the same.
 */
export function parseSpecialistCredential(user: SpecialistUser): SpecialistCredential {
  const hashed = passwordHashForm.exec(user.secret);
  if (hashed) return { name: user.name, salt: Buffer.from(hashed[1]!, 'base64url'), hash: Buffer.from(hashed[2]!, 'base64url') };
  const salt = randomBytes(16);
  return { name: user.name, salt, hash: scryptSync(user.secret, salt, KEY_LENGTH) };
}

// Unknown names are checked against this too, so response time does not reveal which names exist.
const nobody = parseSpecialistCredential({ name: '', secret: randomBytes(16).toString('hex') });

/** The specialist's name when the password is right, else null. */
export function checkPassword(credentials: SpecialistCredential[], name: string, password: string): string | null {
  const credential = credentials.find((c) => c.name === name);
  const against = credential ?? nobody;
  const given = scryptSync(password, against.salt, against.hash.length);
  return sameSecret(given, against.hash) && credential ? credential.name : null;
}
