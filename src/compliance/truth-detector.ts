import { normalizeForMatching } from './normalize';
import { aiIdentityQuestionPatterns, personPromisePatterns, termsInstructionPatterns } from './truth-patterns';

/**
 * AI-01: what an identity question asks, so the answer can be the truthful one: "are you a real
 * person?" is answered no, "is this a bot?" yes, "person or bot?" neither (the assistant just
 * says it is automated). The answer never opens with a yes unless the question was understood
 * and the answer is yes.
 */
export type IdentityQuestion = 'person' | 'machine' | 'either';

/** AI-03: who the debtor says offered other terms: a person or a letter (a specialist checks), or an instruction. */
export type ClaimedOffer = 'person' | 'instruction';

const machineWords = /\b(?:bots?|robots?|chat ?bot|machine|computer|ai|a\.i\.|artificial|program|recording|automated|automatic[oa]?|chat ?gpt|gpt|maquina|computadora|inteligencia artificial|ia|programa|grabacion)\b/;
const personWords = /\b(?:person|persona|people|human|humano|humana|real|live|actual|someone|somebody|anyone|anybody|alguien|de verdad)\b/;

/** Where the identity questions are in the normalised text, as [start, end) ranges. */
function questionRanges(normalized: string): [number, number][] {
  return aiIdentityQuestionPatterns.flatMap((pattern) =>
    [...normalized.matchAll(new RegExp(pattern.source, 'g'))].map((match): [number, number] => [match.index, match.index + match[0].length]),
  );
}

export function identityQuestionIn(text: string): IdentityQuestion | null {
  const normalized = normalizeForMatching(text);
  const ranges = questionRanges(normalized);
  if (ranges.length === 0) return null;
  const asked = ranges.map(([start, end]) => normalized.slice(start, end)).join(' ');
  const machine = machineWords.test(asked);
  const person = personWords.test(asked);
  if (machine && !person) return 'machine';
  if (person && !machine) return 'person';
  return 'either';
}

/**
 * The text with identity questions taken out: "am I talking to a real person?" names a person
 * without asking for one, so request-for-a-person phrases are read on what is left.
 */
export function withoutIdentityQuestions(normalized: string): string {
  let text = normalized;
  for (const [start, end] of questionRanges(normalized)) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return text;
}

export function claimedOfferIn(text: string): ClaimedOffer | null {
  const normalized = normalizeForMatching(text);
  if (personPromisePatterns.some((pattern) => pattern.test(normalized))) return 'person';
  if (termsInstructionPatterns.some((pattern) => pattern.test(normalized))) return 'instruction';
  return null;
}
