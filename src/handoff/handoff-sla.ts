import { DateTime } from 'luxon';
import { handoffMessages } from '../../prompts/handoff';
import type { TranscriptLog } from '../audit/transcript-log';
import { allowedNow, contactWindowFor, nextAllowedTime } from '../compliance/contact-window';
import { conversationZones } from '../compliance/debtor-location';
import type { Language } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { JobHandler, RetryPolicy } from '../outreach/job-runner';
import type { ScheduledJob, Store } from '../store/store';
import { debtorUnreachable, type DebtorMessenger } from './debtor-messenger';

export const HANDOFF_SLA_QUEUE = 'handoff-sla';
/** An overdue case must be escalated soon or not at all: ten tries span about three hours. */
export const HANDOFF_SLA_RETRY: RetryPolicy = { maxAttempts: 10 };

export interface SlaCheck {
  handoffId: string;
}

/** The check that runs when a case's SLA ends; scheduled when the case opens. */
export function slaCheckFor(handoff: HandoffCase): ScheduledJob<SlaCheck> {
  return { id: `sla:${handoff.id}`, runAt: handoff.slaDueAt, attempts: 0, payload: { handoffId: handoff.id } };
}

/** Once escalated, how long the desk gets before the time the debtor is given. */
const ESCALATED_RESPONSE_MS = 60 * 60_000;

/**
 * Nobody came (issue 4, item 4): a case still open when its SLA ends is escalated to the top of
 * the queue (priority 1, a new SLA) and the debtor is told by when someone will reply, a time
 * inside the contact window wherever they may be. The notice itself waits for the window (RF-02).
 */
export class HandoffSlaWatch {
  constructor(
    private readonly deps: { store: Store; policy: Policy; clock: Clock; transcripts: TranscriptLog; events: EventPublisher; messenger: DebtorMessenger },
  ) {}

  readonly handle: JobHandler<SlaCheck> = async ({ payload }) => {
    const { store, clock, policy } = this.deps;
    const current = await store.getHandoff(payload.handoffId);
    if (!current || current.status !== 'open') return { done: true };
    const account = current.accountId ? await store.getAccount(current.accountId) : null;
    const { zones, zone } = conversationZones(account, current, policy);
    const window = contactWindowFor(policy, account);
    const handoff = current.escalatedAt ? current : await this.escalate(current, zones, window);
    if (!handoff) return { done: true };
    // Escalated at once; the notice waits for the window, and goes only if nobody came meanwhile.
    const now = clock.now();
    if (!allowedNow(zones, now, window)) {
      const opens = nextAllowedTime(zones, now, window);
      if (opens) return { runAt: opens };
    }
    await this.tellDebtor(handoff, zone);
    return { done: true };
  };

  private async escalate(handoff: HandoffCase, zones: string[], window: ReturnType<typeof contactWindowFor>): Promise<HandoffCase | null> {
    const { store, clock, transcripts, events } = this.deps;
    const now = clock.now();
    const soonest = new Date(now.getTime() + ESCALATED_RESPONSE_MS);
    const contactBy = allowedNow(zones, soonest, window) ? soonest : new Date((nextAllowedTime(zones, soonest, window) ?? soonest).getTime() + ESCALATED_RESPONSE_MS);
    const escalated = await store.updateHandoff(handoff.id, 'open', (open) => ({
      ...open,
      priority: 1,
      slaDueAt: contactBy.toISOString(),
      escalatedAt: now.toISOString(),
      expectedContactBy: contactBy.toISOString(),
    }));
    // Claimed in the meantime: somebody came after all.
    if (!escalated) return null;
    await transcripts.record({
      at: now.toISOString(),
      direction: 'event',
      channel: escalated.channel,
      conversationId: escalated.conversationId,
      actor: 'assistant',
      text: `Nobody claimed the case within its SLA: escalated to priority 1, reply due by ${contactBy.toISOString()}`,
      event: 'handoff.escalated',
    });
    await events.publish('handoff.escalated', escalated.accountId, {
      handoffId: escalated.id,
      reason: escalated.reason,
      channel: escalated.channel,
      expectedContactBy: contactBy.toISOString(),
    });
    return escalated;
  }

  private async tellDebtor(handoff: HandoffCase, zone: string): Promise<void> {
    const contactBy = new Date(handoff.expectedContactBy ?? handoff.slaDueAt);
    try {
      await this.deps.messenger.send(handoff, (lang) => handoffMessages[lang].delayed(contactTimeText(contactBy, this.deps.clock.now(), zone, lang)), 'assistant');
    } catch (error) {
      // A channel we cannot write to first (Azure channels, SMS off): the escalation stands on its own.
      if (!debtorUnreachable(error)) throw error;
    }
  }
}

/** "3:40 PM today", "tomorrow at 8:00 AM", "Monday at 9:00 AM" (and in Spanish) in the debtor's zone. */
export function contactTimeText(at: Date, now: Date, zone: string, language: Language): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(language === 'es' ? 'es-US' : 'en-US');
  const days = local.startOf('day').diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days;
  const time = language === 'es' ? local.toFormat('H:mm') : local.toFormat('h:mm a');
  if (language === 'es') {
    if (days === 0) return `hoy antes de las ${time}`;
    if (days === 1) return `mañana antes de las ${time}`;
    return `el ${local.toFormat('cccc')} antes de las ${time}`;
  }
  if (days === 0) return `${time} today`;
  if (days === 1) return `${time} tomorrow`;
  return `${time} on ${local.toFormat('cccc')}`;
}
