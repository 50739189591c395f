/**
 * Removes card numbers with their security codes and expiry dates, Social Security numbers and
 * bank routing and account numbers from debtor text before it is stored, logged or shown to any
 * model (PAY-01, PAY-02, PRV-02; PCI DSS 3.3.1: a security code is never kept). Errs towards
 * removing: a long digit run that merely contains a card number is removed whole.
 */
export type SensitiveKind = 'card' | 'card_security_code' | 'card_expiry' | 'ssn' | 'bank_account';

export interface Redaction {
  text: string;
  found: SensitiveKind[];
}

export const redactionMarkers: Record<SensitiveKind, string> = {
  card: '[card removed]',
  card_security_code: '[security code removed]',
  card_expiry: '[expiry removed]',
  ssn: '[SSN removed]',
  bank_account: '[bank account removed]',
};

/** Luhn (ISO/IEC 7812) check digit test, used by every payment card number. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = [...digits].map(Number) as [number, number, number, number, number, number, number, number, number];
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
}

/** A card number is 13-19 digits; look for one anywhere inside the run (PAY-01: none may survive). */
function containsCardNumber(digits: string): boolean {
  for (let length = 13; length <= Math.min(19, digits.length); length++) {
    for (let start = 0; start + length <= digits.length; start++) {
      if (luhnValid(digits.slice(start, start + length))) return true;
    }
  }
  return false;
}

// Digits in groups joined by single spaces or dashes: "4111 1111 1111 1111", "4111-1111-...".
const digitRun = /\d+(?:[ -]\d+)*/g;
const ssnShape = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g;
const labelledSsn = /\b(?:ssn|social(?: security)?(?: number| no\.?| #)?|s\.s\.n\.?|seguro social)\b\D{0,20}?(?<!\d)(\d{9})(?!\d)/gi;
const accountWords = /\b(?:account|acct|a\/c|routing|aba|checking|savings|bank|iban|cuenta|ruta|bancari[ao])\b/i;
// "+15125550101" is a phone number in E.164, never an account.
const longNumber = /(?<![\d+])\d{8,17}(?!\d)/g;
/** Shorter account numbers count only where the debtor names them as bank numbers ("checking account 1234567"). */
const labelledBankNumber =
  /\b(?:(?:checking|savings|bank)(?: account)?(?: number| no\.?| #)?|account (?:number|no\.?|#)|acct\.? ?(?:#|no\.?|number)|routing(?: number| no\.?| #)?|n[uú]mero de (?:cuenta|ruta)|cuenta (?:bancaria|de cheques|de ahorros?)|ruta)(?!\w)[^\d\n]{0,12}?(?<![\d+])(\d{5,7})(?!\d)/gi;

const bankWords = /\b(?:routing|aba|checking|savings|bank|banco|ruta|cheques|ahorros?)\b/i;
const bareAccountNumber = /\b(?:account|acct|cuenta)(?!\w)[^\d\n]{0,12}?(?<![\d+])(\d{5,7})(?!\d)/gi;

const securityCodeLabel =
  '(?:cvv2?|cvc2?|cid|csc|cvn|security code|sec code|card code|card verification(?: code| value| number)?|verification (?:code|value)|c[oó]digo (?:de seguridad|cvv|cvc|de verificaci[oó]n)|(?:the )?(?:3|4|three|four)(?: digit)?(?: digits?| numbers?)? (?:on|in|at) (?:the )?(?:back|front)|(?:los )?(?:3|4|tres|cuatro) (?:d[ií]gitos|n[uú]meros) (?:de )?(?:atr[aá]s|detr[aá]s|del reverso|de la parte de atr[aá]s))';
/** "security code 734", "cvv: 321", "the 3 digits on the back are 456", "código de seguridad 123". */
const labelledSecurityCode = new RegExp(`\\b${securityCodeLabel}\\b[^\\d\\n]{0,15}?(?<![\\d/])(\\d{3,4})(?![\\d/])`, 'gi');
/** "734 is my cvv", "123 es el código de seguridad". */
const securityCodeFirst = new RegExp(`(?<![\\d/$.,])(\\d{3,4})(?![\\d/])\\s+(?:is|are|es|son)\\s+(?:my |the |mi |el |los )?${securityCodeLabel}\\b`, 'gi');
/** A card's expiry: month and two- or four-digit year. */
const expiry = '(\\d{1,2}\\s?[/-]\\s?(?:20\\d{2}|\\d{2}))(?![\\d/-])';
/** English expiry words name nothing but a card's expiry: "exp 04/27", "expires 4/2027", "valid thru 04/27". */
const labelledExpiry = new RegExp(`\\b(?:exp(?:iry|iration|ires|iring)?(?: date)?|valid (?:thru|through|until)|good (?:thru|through))\\b[^\\d\\n]{0,12}?(?<!\\d)${expiry}`, 'gi');
/**
 * Spanish "vence" also says when a payment is due ("mi pago vence el 12/15"), so it names an
 * expiry only with a card in the message, or with a four-digit year ("vence 04/2027").
 */
const venceExpiry = new RegExp(`\\b(?:vence|vencimiento|caduca|caducidad|v[aá]lida hasta)\\b[^\\d\\n]{0,12}?(?<!\\d)${expiry}`, 'gi');
const cardWords = /\b(?:card|tarjeta|visa|master ?card|amex|american express|discover|d[eé]bito|cr[eé]dito)\b|\[card removed\]/i;
/** What follows a card number: "4111 1111 1111 1111 12/27 123". */
const afterCard = new RegExp(`(\\[card removed\\][\\s,;]*(?:exp\\w*\\.?:?\\s*)?)${expiry}`, 'gi');
const codeAfterCard = /(\[card removed\](?:[\s,;/]*\[expiry removed\])?[\s,;/]*(?:cvv2?:?\s*|cvc2?:?\s*)?)(\d{3,4})(?![\d/])/gi;

export function redactSensitive(text: string): Redaction {
  const found = new Set<SensitiveKind>();
  const mark = (kind: SensitiveKind) => {
    found.add(kind);
    return redactionMarkers[kind];
  };

  let result = text.replace(digitRun, (run, offset: number, whole: string) => {
    const groups = run.split(/[ -]/);
    // "4111 1111 1111 1111 12/27": the group before the slash is the expiry's month, not more card.
    const month = groups.length > 1 && whole[offset + run.length] === '/' ? groups.at(-1)! : null;
    if (month !== null && containsCardNumber(groups.slice(0, -1).join(''))) return `${mark('card')}${run.slice(run.length - month.length - 1)}`;
    // "021000021 123456789" is two numbers side by side (routing + account), not a card in groups.
    if (groups.length > 1 && groups.every((group) => group.length >= 8)) {
      return groups.map((group) => (group.length >= 13 && containsCardNumber(group) ? mark('card') : group)).join(' ');
    }
    const digits = groups.join('');
    return digits.length >= 13 && containsCardNumber(digits) ? mark('card') : run;
  });
  result = result.replace(ssnShape, () => mark('ssn'));
  result = result.replace(labelledSsn, (match, digits: string) => match.replace(digits, mark('ssn')));
  result = result.replace(longNumber, (digits, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 40), offset);
    return abaRoutingValid(digits) || accountWords.test(before) ? mark('bank_account') : digits;
  });
  result = result.replace(labelledBankNumber, (match, digits: string) => replaceLast(match, digits, mark('bank_account')));
  // "routing 021000021 account 1234567": beside bank details, a bare "account" number is one too.
  if (found.has('bank_account') || bankWords.test(result)) {
    result = result.replace(bareAccountNumber, (match, digits: string) => replaceLast(match, digits, mark('bank_account')));
  }
  // Expiry dates before security codes, so "12/27 123" after a card loses both.
  const card = cardWords.test(result);
  result = result.replace(labelledExpiry, (match, date: string) => replaceLast(match, date, mark('card_expiry')));
  result = result.replace(venceExpiry, (match, date: string) => (card || /\d{4}$/.test(date) ? replaceLast(match, date, mark('card_expiry')) : match));
  result = result.replace(afterCard, (_match, lead: string) => `${lead}${mark('card_expiry')}`);
  result = result.replace(labelledSecurityCode, (match, code: string) => replaceLast(match, code, mark('card_security_code')));
  result = result.replace(securityCodeFirst, (match, code: string) => match.replace(code, mark('card_security_code')));
  result = result.replace(codeAfterCard, (_match, lead: string) => `${lead}${mark('card_security_code')}`);
  return { text: result, found: [...found] };
}

/** The value at the end of a labelled match ("cvv 123" -> "cvv [security code removed]"), whatever digits the label holds. */
function replaceLast(match: string, value: string, marker: string): string {
  const at = match.lastIndexOf(value);
  return `${match.slice(0, at)}${marker}${match.slice(at + value.length)}`;
}

/** Phone numbers as people type them: "+15125550101", "(512) 555-0101", "512.555.0101", "5125550101", "555-0123". */
const phoneNumber = /(?<![\w+$])(?:\+\d{8,15}|(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|\d{3}[.-]\d{4})(?![\d/])/g;

/**
 * Phone numbers other than the ones `isOwn` accepts (PRV-02: third parties' details are not
 * kept). Kept apart from `redactSensitive` because a phone is what web-chat verification asks for.
 */
export function redactPhoneNumbers(text: string, isOwn: (phone: string) => boolean = () => false): string {
  return text.replace(phoneNumber, (phone) => (isOwn(phone) ? phone : '[phone removed]'));
}
