import type { TranscriptLog } from '../audit/transcript-log';
import type { Arrangement } from '../domain/arrangement';
import { formatUsd } from '../domain/money';
import type { TranscriptEntry } from '../domain/transcript';
import type { Store } from '../store/store';

export const timelineKinds = ['message', 'flag', 'case', 'note', 'offer', 'arrangement', 'payment', 'adjustment', 'dispute', 'event'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineItem {
  at: string;
  kind: TimelineKind;
  /** "debtor", "assistant", "billing", or the specialist or operator who acted. */
  actor: string;
  text: string;
  channel: string;
  /** Messages only: which way it went, and what the outbound gate decided on the way out. */
  direction?: 'in' | 'out';
  decision?: string;
  /** The transcript event name, when there is one (e.g. "flag.dispute", "handoff.claimed"). */
  event?: string;
}

const arrangementCreated = new Set(['promise.created', 'plan.created', 'settlement.created', 'pay_in_full.created']);

function kindOf(entry: TranscriptEntry): TimelineKind {
  if (entry.direction !== 'event') return 'message';
  const event = entry.event ?? '';
  if (event === 'handoff.note') return 'note';
  const family = event.split('.')[0];
  switch (family) {
    case 'flag':
      return 'flag';
    case 'handoff':
      return 'case';
    case 'proposal':
      return 'offer';
    case 'payment':
      return 'payment';
    case 'adjustment':
      return 'adjustment';
    case 'dispute':
      return 'dispute';
    default:
      return 'event';
  }
}

/** An arrangement as it stands now, at the time it was made. */
function arrangementItem(arrangement: Arrangement): TimelineItem {
  const first = arrangement.installments[0]?.dueDate;
  const last = arrangement.installments.at(-1)?.dueDate;
  const count = arrangement.installments.length;
  const when = count === 1 ? `due ${first}` : `${count} payments from ${first} to ${last}`;
  const proposed = arrangement.proposedBy ? `, proposed by ${arrangement.proposedBy}` : '';
  return {
    at: arrangement.createdAt,
    kind: 'arrangement',
    actor: arrangement.proposedBy ?? 'assistant',
    text: `${arrangement.kind.replaceAll('_', ' ')} ${arrangement.id}: ${formatUsd(arrangement.totalCents)}, ${when}${proposed}; now ${arrangement.status}`,
    channel: arrangement.channel,
  };
}

/**
 * One account's whole history in order (README "Timeline"): messages in and out, flags, cases and
 * notes, offers, arrangements (as they stand now), payments, adjustments and dispute steps. Built
 * from the transcripts the account is linked to and the arrangements on file.
 */
export async function accountTimeline(deps: { store: Store; transcripts: TranscriptLog }, accountId: string): Promise<TimelineItem[]> {
  const [entries, arrangements] = await Promise.all([deps.transcripts.forAccount(accountId), deps.store.listArrangements(accountId)]);
  const items: TimelineItem[] = entries
    // The arrangement itself stands in for the line that recorded it.
    .filter((entry) => !arrangementCreated.has(entry.event ?? ''))
    .map((entry) => ({
      at: entry.at,
      kind: kindOf(entry),
      actor: entry.actor,
      text: entry.text,
      channel: entry.channel,
      ...(entry.direction !== 'event' && { direction: entry.direction }),
      ...(entry.decision && { decision: entry.decision.action }),
      ...(entry.event && { event: entry.event }),
    }));
  items.push(...arrangements.map(arrangementItem));
  // Stable: entries of one conversation keep their recorded order within the same millisecond.
  return items.sort((a, b) => a.at.localeCompare(b.at));
}
