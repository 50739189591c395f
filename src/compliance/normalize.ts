/**
 * One way of reading debtor text for rule matching: lower case, accents removed ("más" -> "mas",
 * "ARRÊT" -> "arret"), typographic apostrophes straightened and whitespace collapsed, so every
 * rule is written once for the plain spelling and still catches "No MÁS", "don’t" or "STOP  ".
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
