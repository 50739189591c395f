import { protectedIntents, type Intent } from '../domain/intents';
import type { IntentModel } from './intent-model';

/** A sentence of fewer words says too little to invoke a right on its own ("Hi.", "Thanks!"). */
const MIN_WORDS = 3;

/** The sentences of a message: split after . ! ? ; and at line breaks ("$20.00" stays whole). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= MIN_WORDS);
}

const protectedSet = new Set<Intent>(protectedIntents);

/**
 * Each protected intent's highest probability over the sentences of a long message, each read by
 * the short-message classifier: a complaint letter invokes its rights a sentence at a time ("the
 * amount is wrong. Send me proof. Stop calling me."), which a reading of the whole letter blurs
 * into one diffuse guess (issue #16 item 3).
 */
export function sentenceScores(model: IntentModel, text: string): Map<Intent, number> {
  const best = new Map<Intent, number>();
  for (const sentence of sentencesOf(text)) {
    for (const { intent, probability } of model.predict(sentence)) {
      if (protectedSet.has(intent) && probability > (best.get(intent) ?? 0)) best.set(intent, probability);
    }
  }
  return best;
}
