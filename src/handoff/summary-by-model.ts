import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { TranscriptLog } from '../audit/transcript-log';
import type { HandoffCase } from '../domain/handoff-case';
import { redactForModel } from '../language/redact-for-model';
import type { JobHandler, RetryPolicy } from '../outreach/job-runner';
import type { ScheduledJob, Store } from '../store/store';

export const HANDOFF_SUMMARY_QUEUE = 'handoff-summary';
export const handoffSummaryPromptVersion = 'handoff-summary.v1';
const promptFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts', 'model', `${handoffSummaryPromptVersion}.md`);

/** What the model may add to a case: words for the specialist, never a number. */
const modelSummarySchema = z.object({
  gist: z.string().max(400),
  debtorAsks: z.array(z.string().max(120)).max(3),
  tone: z.enum(['calm', 'frustrated', 'distressed']),
});

export type ModelSummary = z.infer<typeof modelSummarySchema> & { promptVersion: string };

/** Tries before the case keeps its deterministic summary alone (and the job shows as dead). */
export const HANDOFF_SUMMARY_RETRY: RetryPolicy = { maxAttempts: 3 };

export function summaryJobFor(handoff: HandoffCase): ScheduledJob<{ handoffId: string }> {
  return { id: `summary:${handoff.id}`, runAt: handoff.createdAt, attempts: 0, payload: { handoffId: handoff.id } };
}

/**
 * Enriches a case's deterministic summary with the model's reading of the debtor (issue 4,
 * item 1), as a job after the case opened, so the debtor's turn never waits for a model. Only
 * redacted debtor words leave the process (PRV-02); digits in the answer are masked, because
 * amounts and dates are the engine's (the model proposes, the code decides). A failure leaves the
 * deterministic summary, which the specialist already has.
 */
export class HandoffSummaryByModel {
  private readonly client: OpenAI;
  private readonly instructions: string;

  constructor(
    private readonly deps: { store: Store; transcripts: TranscriptLog; apiKey: string; baseURL?: string | undefined; model?: string | undefined },
  ) {
    this.client = new OpenAI({ apiKey: deps.apiKey, baseURL: deps.baseURL, timeout: 15_000, maxRetries: 1 });
    this.instructions = readFileSync(promptFile, 'utf8');
  }

  readonly handle: JobHandler<{ handoffId: string }> = async (job) => {
    const handoff = await this.deps.store.getHandoff(job.payload.handoffId);
    if (!handoff || handoff.status === 'resolved') return { done: true };
    const debtorWords = (await this.deps.transcripts.forConversation(handoff.conversationId))
      .filter((entry) => entry.direction === 'in')
      .slice(-10)
      .map((entry) => `- ${redactForModel(entry.text)}`)
      .join('\n');
    const response = await this.client.responses.parse({
      model: this.deps.model ?? 'gpt-4.1-mini',
      instructions: this.instructions,
      input: `Reason the case was opened: ${handoff.reason}\nWhat the debtor wrote, oldest first:\n${debtorWords}`,
      store: false,
      text: { format: zodTextFormat(modelSummarySchema, 'handoff_summary') },
    });
    const answer = modelSummarySchema.parse(response.output_parsed);
    const summaryByModel: ModelSummary = {
      gist: withoutDigits(answer.gist),
      debtorAsks: answer.debtorAsks.map(withoutDigits),
      tone: answer.tone,
      promptVersion: handoffSummaryPromptVersion,
    };
    // Whatever state the case is in now (a specialist may have claimed it meanwhile).
    await this.deps.store.updateHandoff(handoff.id, (await this.deps.store.getHandoff(handoff.id))?.status ?? handoff.status, (current) => ({
      ...current,
      summaryByModel,
    }));
    return { done: true };
  };
}

const withoutDigits = (text: string) => text.replace(/\d[\d,.]*/g, '[number]');
