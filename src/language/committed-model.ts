import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IntentModel, serializedIntentModelSchema } from './intent-model';

/**
 * The trained intent model is part of the release: `npm run train` builds it from the data in the
 * repository and it is committed; the assistant only loads it. It is read relative to this
 * module, so a compiled copy finds it too when model/intents.json is copied beside it.
 */
export const intentModelFile = new URL('./model/intents.json', import.meta.url);

export const modelArtifactSchema = z.object({
  format: z.literal('amicable-intent-model/1'),
  /** Names the model: the start of the hash of its training data and code. */
  version: z.string(),
  trainingData: z.object({ files: z.array(z.string()), records: z.number().int(), sha256: z.string() }),
  trainingCode: z.object({ files: z.array(z.string()), sha256: z.string() }),
  model: serializedIntentModelSchema,
});
export type ModelArtifact = z.infer<typeof modelArtifactSchema>;
export type ModelProvenance = Omit<ModelArtifact, 'format' | 'model'>;

export function readModelArtifact(file: URL = intentModelFile): ModelArtifact {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`The intent model ${file.pathname} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}): run \`npm run train\``);
  }
  return modelArtifactSchema.parse(JSON.parse(text));
}

/** The artifact as committed: its provenance readable at the top, the weights on one line below. */
export function formatModelArtifact(provenance: ModelProvenance, model: IntentModel): string {
  const head = JSON.stringify({ format: 'amicable-intent-model/1', ...provenance, model: 0 }, null, 2);
  return `${head.replace(/"model": 0\n}$/, `"model": ${JSON.stringify(model.toJSON())}\n}`)}\n`;
}

let committed: IntentModel | undefined;

/** The committed model, read once a process (it never changes while the process runs). */
export function loadIntentModel(): IntentModel {
  committed ??= IntentModel.fromJSON(readModelArtifact().model);
  return committed;
}
