import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { remembered } from './remembered';

/**
 * The one way a phone number becomes an address: E.164 (`+15125550101`), or null when the text is
 * not a real number. The portfolio import and the SMS channel both use it, so an account's phone
 * and a sender's `From` compare as plain strings. Numbers written without a country code are read
 * as `defaultCountry` (the US: the creditors we serve write `(512) 555-0101`). Validity is checked
 * against libphonenumber's metadata, so impossible numbers (`555-555-5555`, seven digits) are
 * refused rather than stored as an address nobody can reach.
 */
export function normalizePhone(text: string, defaultCountry: CountryCode = 'US'): string | null {
  return defaultCountry === 'US' && text.length <= MAX_REMEMBERED_LENGTH ? normalizeUsPhone(text) : readPhone(text, defaultCountry);
}

/** Every SMS turn reads its sender's number again, and libphonenumber reads one slowly. */
const normalizeUsPhone = remembered(256, (text: string) => readPhone(text, 'US'));
/** A longer text (a sentence around a number) is read without being kept, so what is kept stays small. */
const MAX_REMEMBERED_LENGTH = 40;

function readPhone(text: string, defaultCountry: CountryCode): string | null {
  const phone = parsePhoneNumberFromString(text.trim(), defaultCountry);
  return phone?.isValid() ? phone.number : null;
}
