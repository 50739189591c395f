/**
 * Removes card numbers, Social Security numbers and bank account numbers from debtor text before
 * it is stored, logged or shown to any model (PAY-01, PAY-02, PRV-02). Errs towards removing:
 * a long digit run that merely contains a card number is removed whole.
 */
export type SensitiveKind = 'card' | 'ssn' | 'bank_account';

export interface Redaction {
  text: string;
  found: SensitiveKind[];
}

export const redactionMarkers: Record<SensitiveKind, string> = {
  card: '[card removed]',
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

export function redactSensitive(text: string): Redaction {
  const found = new Set<SensitiveKind>();
  const mark = (kind: SensitiveKind) => {
    found.add(kind);
    return redactionMarkers[kind];
  };

  let result = text.replace(digitRun, (run) => {
    const groups = run.split(/[ -]/);
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
  return { text: result, found: [...found] };
}
