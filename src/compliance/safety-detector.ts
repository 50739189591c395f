import type { Intent } from '../domain/intents';
import { normalizeForMatching } from './normalize';
import { crisisByConcepts } from './crisis-concepts';
import { crisisPatterns, foldShorthand, threatPatterns } from './safety-patterns';
import { threatByConcepts } from './threat-concepts';

/**
 * Safety comes first in every turn (ARCHITECTURE.md): words of self-harm or suicide ('crisis')
 * and threats of violence ('threat'), read before rights, requests and prompts. Rule based, like
 * the rights detector, so every phrase can be read and reviewed (safety-patterns.ts), with a
 * recall net for wording no phrase lists (crisis-concepts.ts, threat-concepts.ts).
 */
export function detectSafety(text: string): Extract<Intent, 'crisis' | 'threat'>[] {
  const normalized = normalizeForMatching(text);
  // Shorthand is folded only for crisis, and beside the text as written: a fold may add a reading
  // ("idw 2 live"), never take one away ("k m s", which "k" for "que" would undo).
  const folded = foldShorthand(normalized);
  const found: Extract<Intent, 'crisis' | 'threat'>[] = [];
  if (crisisPatterns.some((pattern) => pattern.test(normalized) || pattern.test(folded)) || crisisByConcepts(folded)) found.push('crisis');
  if (threatPatterns.some((pattern) => pattern.test(normalized)) || threatByConcepts(normalized)) found.push('threat');
  return found;
}
