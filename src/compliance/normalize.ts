import { remembered } from '../domain/remembered';

/** Longer texts are read afresh: a few hundred of them could hold megabytes. */
const MAX_REMEMBERED_LENGTH = 2_000;

/**
 * The one way debtor text is read before any rule or feature looks at it, in compliance and in
 * language alike: lower case, every combining mark removed ("más" -> "mas", "ARRÊT" -> "arret",
 * "mañana" -> "manana", and the emoji variation selectors), typographic apostrophes (and the
 * stray Windows-1252 one, U+0092) straightened, curly double quotes straightened, and whitespace
 * collapsed to single spaces, so every rule is written once for the plain spelling and still
 * catches "No MÁS", "don’t", "STOP  " or a phrase broken over two lines.
 */
export function normalizeForMatching(text: string): string {
  return text.length <= MAX_REMEMBERED_LENGTH ? normalizeRemembered(text) : normalize(text);
}

/** A turn reads the same texts many times: every detector, the recognizer and the gate's lint. */
const normalizeRemembered = remembered(256, normalize);

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4\u0092]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
