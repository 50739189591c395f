import { normalizeForMatching } from '../../compliance/normalize';

/**
 * Short verification answers and menu picks. Each is read only when it stands alone or follows
 * its own cue, so an amount or a date is never mistaken for one.
 */

/** A ZIP code: five digits (ZIP+4 keeps the five) standing alone, after "zip", or as ZIP+4. */
export function parseZip(text: string): string | undefined {
  const folded = normalizeForMatching(text);
  const alone = /^(?:(?:my )?zip(?: code)?(?: is)?:?\s*|(?:mi )?codigo postal(?: es)?:?\s*|cp:?\s*)?(\d{5})(?:-\d{4})?[.!]?$/.exec(folded);
  if (alone) return alone[1];
  const cued = /\b(?:zip(?: code)?|postal(?: code)?|codigo postal|c\.?p\.?)\s*(?:is|es|:|#)?\s*(\d{5})(?:-\d{4})?\b/.exec(folded);
  if (cued) return cued[1];
  const plusFour = /\b(\d{5})-\d{4}\b/.exec(folded);
  return plusFour?.[1];
}

/** Four digits standing alone, or after "last 4" / "últimos 4". */
export function parseLast4(text: string): string | undefined {
  const folded = normalizeForMatching(text);
  const alone = /^(?:it'?s |es |son )?(\d{4})[.!]?$/.exec(folded);
  if (alone) return alone[1];
  const cued = /\b(?:last (?:4|four)(?: digits)?|ultimos (?:4|cuatro)(?: digitos)?|ssn|social)\b[^\d]{0,20}(\d{4})\b(?!\d)/.exec(folded);
  return cued?.[1];
}

/** A bare number 1-9 alone, "option 2", "#2", "opción 2", "number 2". */
export function parseMenuChoice(text: string): number | undefined {
  const folded = normalizeForMatching(text);
  const match = /^(?:(?:option|opcion|number|numero|choice|#)\s*)?#?([1-9])(?:\s*(?:please|pls|por favor))?[.)!]?$/.exec(folded)
    ?? /\b(?:option|opcion|choice|#)\s*([1-9])\b/.exec(folded);
  return match ? Number(match[1]) : undefined;
}
