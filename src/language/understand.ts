import { detectRights, type RightsDetection } from '../compliance/rights-detector';
import type { Clock } from '../domain/clock';
import type { Intent } from '../domain/intents';
import { loadIntentModel, type TrainingSources } from './intent-model';
import { LocalRecognizer } from './local-recognizer';
import { OpenAIRecognizer, type OpenAIRecognizerOptions } from './openai-recognizer';
import type { Recognition, RecognitionContext, Recognizer } from './recognition';

/** A recognition plus what the compliance rights detector read in the same message. */
export interface Understanding extends Recognition {
  rights: RightsDetection;
}

export type Understand = (text: string, context: RecognitionContext) => Promise<Understanding>;

/**
 * Protected intents are the union of the recognizer's and the compliance rights detector's:
 * recall first (RULES.md §0.2). A whole-message or free-text opt-out keyword (`keyword: 'opt_out'`)
 * is reported as cease_contact among `intents`, so the eval and the dialogs see one name for
 * "stop contacting me"; the keyword itself stays in `rights` for the SMS opt-out handling.
 * The top intent is the recognizer's: the detector adds intents, it never reorders them.
 */
export function understandWith(recognizer: Recognizer, detect: (text: string) => RightsDetection = detectRights): Understand {
  return async (text, context) => {
    const recognition = await recognizer.recognize(text, context);
    const rights = detect(text);
    return { ...recognition, intents: unionIntents(recognition.intents, rights), rights };
  };
}

export function unionIntents(recognized: readonly Intent[], rights: RightsDetection): Intent[] {
  const intents = [...recognized];
  const extra: Intent[] = [...rights.intents, ...(rights.keyword === 'opt_out' ? (['cease_contact'] as const) : [])];
  for (const intent of extra) if (!intents.includes(intent)) intents.push(intent);
  return intents;
}

/** The local understanding alone (no network): tests and deployments without a model key. */
export function createLocalUnderstanding(sources: TrainingSources & { cacheDir?: string | null } = {}): Understand {
  return understandWith(new LocalRecognizer(loadIntentModel(sources)));
}

/** The settings createUnderstanding reads; config.ts supplies them (it alone reads the environment). */
export interface UnderstandingConfig {
  openaiApiKey?: string | null;
  openaiBaseUrl?: string | null;
  openaiModel?: string | null;
  openaiTimeoutMs?: number | null;
  /** Training data for the local model; defaults: our utterances plus ../shared/eval/dev.jsonl. */
  languageDevFile?: string | null;
  languageModelCacheDir?: string | null;
}

/**
 * The understanding the conversation calls once per debtor message: the local recognizer, or
 * the OpenAI recognizer (with the local one as its fallback) when an API key is configured.
 */
export function createUnderstanding(config: UnderstandingConfig, clock: Clock, overrides: Partial<OpenAIRecognizerOptions> = {}): Understand {
  const sources: TrainingSources & { cacheDir?: string | null } = {};
  if (config.languageDevFile !== undefined) sources.devFile = config.languageDevFile;
  if (config.languageModelCacheDir !== undefined) sources.cacheDir = config.languageModelCacheDir;
  const local = new LocalRecognizer(loadIntentModel(sources));
  if (!config.openaiApiKey) return understandWith(local);
  const openai = new OpenAIRecognizer({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl ?? undefined,
    model: config.openaiModel ?? undefined,
    timeoutMs: config.openaiTimeoutMs ?? undefined,
    fallback: local,
    clock,
    ...overrides,
  });
  return understandWith(openai);
}
