import type { Channel } from '../domain/channel';
import { DomainError } from '../domain/errors';
import type { DomainEvent, EventType } from '../domain/events';
import type { Cents } from '../domain/money';
import { addDays, isCalendarDate } from '../domain/offers/calendar';
import { deskFigures, type DeskFigures } from './desk';

/** YYYY-MM-DD, both ends inclusive, in UTC days. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface CountAndAmount {
  count: number;
  /** Sum of the arrangements' `totalCents`. */
  amountCents: Cents;
}

export interface HandoffFigures {
  /** handoff.created events. */
  total: number;
  /** handoff.created events by `data.reason`. */
  byReason: Record<string, number>;
  /** handoff.claimed events. */
  claimed: number;
  /** Of the claims' `secondsToClaim`, rounded to 0.1 s; null without claims. */
  medianSecondsToClaim: number | null;
  meanSecondsToClaim: number | null;
}

/**
 * The operator report's figures for one slice (the whole period, one UTC day, or one channel).
 * An event belongs to the UTC day of its `occurredAt` and to the channel in `data.channel`;
 * payment.posted, promise.kept and promise.broken carry no channel, so they count in the totals
 * and per day but never per channel. The conversation figures are a cohort: a conversation
 * belongs to the day and channel of its conversation.started, and its verification or handoff
 * counts for it whenever in the period that happened.
 */
export interface Figures {
  /** conversation.started events: sessions, so a debtor texting again after the idle window starts another. */
  conversations: number;
  /** Conversations counted above in which the debtor verified (or the portal vouched for them). */
  verified: number;
  /** verified / conversations; null when there are no conversations. */
  verificationRate: number | null;
  /** Conversations counted above that did not open a handoff case. */
  selfServed: number;
  /** selfServed / conversations (containment); null when there are no conversations. */
  selfServiceRate: number | null;
  /** promise.created events and the sum of their totalCents. */
  promisesMade: CountAndAmount;
  /** plan.created events and the sum of their totalCents. */
  plansMade: CountAndAmount;
  /** settlement.accepted events and the sum of their (settled) totalCents. */
  settlementsAccepted: CountAndAmount;
  /** pay_in_full.created events and the sum of their totalCents. */
  payInFull: CountAndAmount;
  /** promise.kept events (promises, settlements and pay-in-full paid in full by the due date); no channel. */
  promisesKept: number;
  /** promise.broken events, partial payments included; no channel. */
  promisesBroken: number;
  /** promisesKept / (promisesKept + promisesBroken); null when neither happened. */
  promiseKeptRate: number | null;
  /** Sum of payment.posted amountCents; no channel. */
  collectedCents: Cents;
  /** dispute.opened events. */
  disputes: number;
  /** cease events (the debtor asked us to stop contacting them). */
  ceases: number;
  /** optout events (STOP and the like). */
  optOuts: number;
  handoffs: HandoffFigures;
}

export interface Summary {
  period: ReportPeriod;
  totals: Figures;
  /** Every day of the period, oldest first, zeros included. */
  byDay: Array<{ day: string } & Figures>;
  /** Only the channels some event of the period names. */
  byChannel: Partial<Record<Channel, Figures>>;
  /** Resolved cases by outcome code, with handle time and time to first reply, per specialist and reason. */
  desk: DeskFigures;
}

/** Every day from `from` to `to`, both included. */
export function daysOf(period: ReportPeriod): string[] {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) {
    throw new DomainError('invalid_period', 'from and to must be calendar days written YYYY-MM-DD', 'invalid');
  }
  if (period.from > period.to) throw new DomainError('invalid_period', 'from must not be after to', 'invalid');
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Summarizes the activity log over a period; events outside it are ignored. Pure. */
export function summarize(events: DomainEvent[], period: ReportPeriod): Summary {
  const days = daysOf(period);
  const totals = new Tally();
  const byDay = new Map(days.map((day) => [day, new Tally()]));
  const byChannel = new Map<Channel, Tally>();
  const channelTally = (channel: Channel): Tally => {
    let tally = byChannel.get(channel);
    if (!tally) byChannel.set(channel, (tally = new Tally()));
    return tally;
  };

  const inPeriod = events.flatMap((event) => {
    const day = utcDay(event.occurredAt);
    const dayTally = day === null ? undefined : byDay.get(day);
    return dayTally ? [{ event, dayTally }] : [];
  });
  const sessions = sessionsOf(inPeriod.map(({ event }) => event));

  for (const { event, dayTally } of inPeriod) {
    const channel = 'channel' in event.data ? event.data.channel : null;
    const tallies = channel === null ? [totals, dayTally] : [totals, dayTally, channelTally(channel)];
    if (event.type === 'conversation.started') {
      const session = sessions.get(event.id)!;
      for (const tally of tallies) tally.addConversation(session.verified, !session.handedOff);
    } else {
      for (const tally of tallies) tally.add(event);
    }
  }

  return {
    period: { from: period.from, to: period.to },
    totals: totals.figures(),
    byDay: days.map((day) => ({ day, ...byDay.get(day)!.figures() })),
    byChannel: Object.fromEntries([...byChannel].sort(([a], [b]) => a.localeCompare(b)).map(([channel, tally]) => [channel, tally.figures()])),
    desk: deskFigures(inPeriod.map(({ event }) => event)),
  };
}

/**
 * A conversation is a session: a channel conversation (an SMS number, a web chat) starts a new
 * one after the idle window. A verification or a handoff belongs to the latest session of its
 * conversation that started at or before it; one whose session started before the period counts
 * for none. Keyed by the conversation.started event's id.
 */
function sessionsOf(events: DomainEvent[]): Map<string, { verified: boolean; handedOff: boolean }> {
  const sessions = new Map<string, { verified: boolean; handedOff: boolean }>();
  const latestStart = new Map<string, string>();
  const byTime = [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  for (const event of byTime) {
    if (event.type === 'conversation.started') {
      sessions.set(event.id, { verified: false, handedOff: false });
      latestStart.set(event.data.conversationId, event.id);
    } else if (event.type === 'verification.succeeded' || event.type === 'handoff.created') {
      const session = sessions.get(latestStart.get(event.data.conversationId) ?? '');
      if (session && event.type === 'verification.succeeded') session.verified = true;
      if (session && event.type === 'handoff.created') session.handedOff = true;
    }
  }
  return sessions;
}

function utcDay(occurredAt: string): string | null {
  const time = Date.parse(occurredAt);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** Rounded to 4 decimals; null when the denominator is 0 (the aging view's rates too). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
}

const tenths = (seconds: number): number => Math.round(seconds * 10) / 10;

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ARRANGEMENTS = {
  'promise.created': 'promisesMade',
  'plan.created': 'plansMade',
  'settlement.accepted': 'settlementsAccepted',
  'pay_in_full.created': 'payInFull',
} as const satisfies Partial<Record<EventType, keyof Figures>>;

/** The running counts of one slice. */
class Tally {
  private conversations = 0;
  private verified = 0;
  private selfServed = 0;
  private readonly arrangements = {
    promisesMade: { count: 0, amountCents: 0 },
    plansMade: { count: 0, amountCents: 0 },
    settlementsAccepted: { count: 0, amountCents: 0 },
    payInFull: { count: 0, amountCents: 0 },
  };
  private promisesKept = 0;
  private promisesBroken = 0;
  private collectedCents = 0;
  private disputes = 0;
  private ceases = 0;
  private optOuts = 0;
  private handoffs = 0;
  private readonly byReason = new Map<string, number>();
  private readonly secondsToClaim: number[] = [];

  addConversation(verified: boolean, selfServed: boolean): void {
    this.conversations += 1;
    if (verified) this.verified += 1;
    if (selfServed) this.selfServed += 1;
  }

  add(event: DomainEvent): void {
    switch (event.type) {
      case 'promise.created':
      case 'plan.created':
      case 'settlement.accepted':
      case 'pay_in_full.created': {
        const figure = this.arrangements[ARRANGEMENTS[event.type]];
        figure.count += 1;
        figure.amountCents += event.data.totalCents;
        return;
      }
      case 'promise.kept':
        this.promisesKept += 1;
        return;
      case 'promise.broken':
        this.promisesBroken += 1;
        return;
      case 'payment.posted':
        this.collectedCents += event.data.amountCents;
        return;
      case 'dispute.opened':
        this.disputes += 1;
        return;
      case 'cease':
        this.ceases += 1;
        return;
      case 'optout':
        this.optOuts += 1;
        return;
      case 'handoff.created':
        this.handoffs += 1;
        this.byReason.set(event.data.reason, (this.byReason.get(event.data.reason) ?? 0) + 1);
        return;
      case 'handoff.claimed':
        this.secondsToClaim.push(event.data.secondsToClaim);
        return;
      // Counted through their conversation (addConversation) or not reported.
      case 'conversation.started':
      case 'verification.succeeded':
      case 'plan.completed':
      case 'handoff.resolved':
        return;
    }
  }

  figures(): Figures {
    const claims = [...this.secondsToClaim].sort((a, b) => a - b);
    const middle = median(claims);
    return {
      conversations: this.conversations,
      verified: this.verified,
      verificationRate: rate(this.verified, this.conversations),
      selfServed: this.selfServed,
      selfServiceRate: rate(this.selfServed, this.conversations),
      promisesMade: { ...this.arrangements.promisesMade },
      plansMade: { ...this.arrangements.plansMade },
      settlementsAccepted: { ...this.arrangements.settlementsAccepted },
      payInFull: { ...this.arrangements.payInFull },
      promisesKept: this.promisesKept,
      promisesBroken: this.promisesBroken,
      promiseKeptRate: rate(this.promisesKept, this.promisesKept + this.promisesBroken),
      collectedCents: this.collectedCents,
      disputes: this.disputes,
      ceases: this.ceases,
      optOuts: this.optOuts,
      handoffs: {
        total: this.handoffs,
        byReason: Object.fromEntries([...this.byReason].sort(([a], [b]) => a.localeCompare(b))),
        claimed: claims.length,
        medianSecondsToClaim: middle === null ? null : tenths(middle),
        meanSecondsToClaim: claims.length === 0 ? null : tenths(claims.reduce((sum, seconds) => sum + seconds, 0) / claims.length),
      },
    };
  }
}
