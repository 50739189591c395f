/**
 * One way of reading debtor text for rule matching: lower case, accents removed ("más" -> "mas",
 * "ARRÊT" -> "arret"), typographic apostrophes (and the stray Windows-1252 one, U+0092) straightened and whitespace collapsed, so every
 * rule is written once for the plain spelling and still catches "No MÁS", "don’t" or "STOP  ".
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4\u0092]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
