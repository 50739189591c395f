import { idFrom } from '../domain/ids';

/**
 * Exactly once, by design (issue #20). Twilio redelivers a MessageSid, and Web Chat posts a
 * clientActivityID again, when no answer came back: the app was stopped or killed mid-turn, or
 * Redis restarted. However many attempts a turn takes, it leaves what one attempt leaves.
 *
 * 1. Ids derive from the inbound message. Every effect a turn writes (an arrangement, a handoff
 *    case, an event, a transcript entry) takes its id from (conversation, channel message id,
 *    step) here; an effect's follow-ups (reminder jobs, the payment link's reference, its event and
 *    transcript line) derive theirs from its id. Only a message without an id (the terminal chat)
 *    gets random ones.
 * 2. Every effect is written idempotently on its id: the store adds no second arrangement or case
 *    with an id it has (Store.addArrangement, addHandoff), no transcript entry whose id is among
 *    the conversation's recent ones (appendLogOnce), and queues a job id once, not again after it
 *    ran (scheduleJob: the creditor's outbox, reminders); the activity log is read with the first
 *    of each event id. Each is one command or script on its own key, so a Redis Cluster needs no
 *    transaction across slots.
 * 3. The commit comes last: the conversation state (the dialog stack, e.g. "at the plan's
 *    confirmation") and the record that the message was handled are one document, written in one
 *    SET after every effect (Assistant). A turn that fails anywhere before it (a store outage, a
 *    kill) leaves the state as it was and no handled mark, so the retry runs the turn again from
 *    the same state: it takes the same path, derives the same ids, and finds what the first attempt
 *    wrote. A retry after the commit changes nothing and gets the replies kept for it.
 * 4. Shutdown drains (src/shutdown.ts): new requests get 503, which Twilio retries, and turns in
 *    flight finish before the store closes.
 *
 * Not covered: a retry that takes another path than the first attempt (the clock crossed the idle
 * window or a due date, a language model read the words otherwise) may write what the first did
 * not, while effects already written keep the first attempt's version. Decisions a turn takes on
 * what it already wrote see their own effect on retry (a dispute flag raised then, STOP's opt-out
 * record), so their event or confirmation is not repeated, and is lost if the first attempt died
 * between the two. The creditor's outbox stays at least once: an event whose delivery succeeded
 * but whose completion was lost (a kill, a Redis restart) goes again with the same id
 * (CONTRACT.md: receivers de-duplicate on it).
 */
export class TurnEffects {
  private readonly counts = new Map<string, number>();
  private readonly pending: Promise<unknown>[] = [];

  constructor(
    readonly conversationId: string,
    readonly messageId: string,
  ) {}

  /** The id of this turn's effect named `step` ("arrangement", "handoff:dispute"): the same in every attempt. */
  id(step: string): string {
    return idFrom(this.conversationId, this.messageId, step);
  }

  /** For a step a turn takes several times (its replies): the n-th call gets the n-th id. */
  next(step: string): string {
    const count = (this.counts.get(step) ?? 0) + 1;
    this.counts.set(step, count);
    return this.id(`${step}:${count}`);
  }

  /**
   * A write the turn goes on without waiting for (a transcript line): its round trip to the store
   * overlaps the turn's work instead of adding to it. The commit waits for every one (written()),
   * so a failed write still fails the turn before its commit, and the retry writes it again.
   */
  meanwhile(write: Promise<unknown>): void {
    write.catch(() => undefined);
    this.pending.push(write);
  }

  /** Resolves once every write handed to meanwhile() is done; rejects with the first that failed. */
  async written(): Promise<void> {
    await Promise.all(this.pending);
  }
}
