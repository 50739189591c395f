import { handoffMessages } from '../../prompts/handoff';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { JobHandler, RetryPolicy } from '../outreach/job-runner';
import type { Store } from '../store/store';
import { SmsDeliveryFailed, type DebtorMessenger } from './debtor-messenger';

export const HANDOFF_NOTICE_QUEUE = 'handoff-notices';
/** A notice that a person joined or left is stale after an hour: eight tries span about that. */
export const HANDOFF_NOTICE_RETRY: RetryPolicy = { maxAttempts: 8 };

/** joined: a specialist took the conversation; left / left_to_assistant: they resolved it. */
export type Notice = 'joined' | 'left' | 'left_to_assistant';

export interface NoticeJob {
  handoffId: string;
  notice: Notice;
  specialist: string;
}

/** What became of a notice: sent (or held back by the gate, which records why), or queued for retry. */
export type NoticeOutcome = 'sent' | 'blocked' | 'queued' | 'unsupported';

/**
 * The debtor is told when a person joins or leaves (issue 4). A claim or resolution is committed
 * first and the notice follows; when the SMS provider fails, the notice is queued on a durable job
 * and retried with backoff, so the change never half-applies behind an error (issue 17, item 7).
 */
export class DebtorNotices {
  constructor(private readonly deps: { store: Store; clock: Clock; transcripts: TranscriptLog; messenger: DebtorMessenger }) {}

  async tell(handoff: HandoffCase, notice: Notice, specialist: string): Promise<NoticeOutcome> {
    if (!this.deps.messenger.writesTo(handoff)) return 'unsupported';
    try {
      return (await this.send(handoff, notice, specialist)) ? 'sent' : 'blocked';
    } catch (error) {
      if (!(error instanceof SmsDeliveryFailed)) throw error;
      const now = this.deps.clock.now();
      await this.deps.store.scheduleJob<NoticeJob>(HANDOFF_NOTICE_QUEUE, {
        id: `notice:${handoff.id}:${notice}:${now.toISOString()}`,
        runAt: now.toISOString(),
        attempts: 1,
        payload: { handoffId: handoff.id, notice, specialist },
      });
      await this.deps.transcripts.record({
        at: now.toISOString(),
        direction: 'event',
        channel: handoff.channel,
        conversationId: handoff.conversationId,
        actor: specialist,
        text: `The ${notice.replaceAll('_', ' ')} notice was not delivered (the SMS provider failed); retrying`,
        event: 'handoff.notice_queued',
      });
      return 'queued';
    }
  }

  /** A retry; throwing leaves the job to the runner's backoff. A join notice goes only while that specialist still holds the case. */
  readonly handle: JobHandler<NoticeJob> = async ({ payload }) => {
    const handoff = await this.deps.store.getHandoff(payload.handoffId);
    if (!handoff) return { done: true };
    if (payload.notice === 'joined' && (handoff.status !== 'claimed' || handoff.claimedBy !== payload.specialist)) return { done: true };
    await this.send(handoff, payload.notice, payload.specialist);
    return { done: true };
  };

  private async send(handoff: HandoffCase, notice: Notice, specialist: string): Promise<boolean> {
    const wording = (language: 'en' | 'es') => {
      const say = handoffMessages[language];
      return notice === 'joined' ? say.joined(specialist) : notice === 'left' ? say.left(specialist) : say.leftToAssistant(specialist);
    };
    return (await this.deps.messenger.send(handoff, wording, specialist)).sent;
  }
}
