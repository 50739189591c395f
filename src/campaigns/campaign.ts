import { IANAZone } from 'luxon';
import { z } from 'zod';
import { campaignMessages } from '../../prompts/campaign';
import { debtorZones } from '../compliance/debtor-location';
import { decideOutbound, type GateResult } from '../compliance/outbound-gate';
import { accountStatuses, type Account, type Language } from '../domain/account';
import type { DomainEvent } from '../domain/events';
import type { Policy } from '../domain/policy';

/**
 * Campaigns (issue #10 item 2): an operator picks accounts, previews the first message, and the
 * assistant texts each eligible debtor first, once, through the outbound gate. This module is
 * pure: the selection, the eligibility judgement (the gate itself, not a copy of its rules) and
 * the progress figures. I/O lives in campaign-service.ts and campaign-dispatcher.ts.
 */

const range = (what: string) =>
  z
    .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
    .strict()
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, `${what}: min must not exceed max`);

export const selectionSchema = z
  .object({
    daysPastDue: range('daysPastDue').optional(),
    /** Integer cents, both ends included. */
    balanceCents: range('balanceCents').optional(),
    statuses: z.array(z.enum(accountStatuses)).min(1).optional(),
    languages: z.array(z.enum(['en', 'es'])).min(1).optional(),
    /** IANA zones; an account's zone is its own, else its address's, else its phone's. */
    timezones: z
      .array(z.string().refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone, e.g. America/Chicago'))
      .min(1)
      .optional(),
  })
  .strict();
export type Selection = z.infer<typeof selectionSchema>;

const MAX_LISTED_ACCOUNTS = 100_000;

const audienceFields = {
  selection: selectionSchema.optional(),
  accountIds: z.array(z.string().trim().min(1).max(64)).min(1).max(MAX_LISTED_ACCOUNTS).optional(),
};
const oneAudience = (a: { selection?: unknown; accountIds?: unknown }) => (a.selection === undefined) !== (a.accountIds === undefined);
const oneAudienceMessage = 'give either selection or accountIds, not both and not neither';

/** What the operator asks for: criteria, or an uploaded list of account ids (not both). */
export const audienceSchema = z.object(audienceFields).strict().refine(oneAudience, oneAudienceMessage);
export type Audience = z.infer<typeof audienceSchema>;

export const newCampaignSchema = z
  .object({ name: z.string().trim().min(1).max(120), ...audienceFields })
  .strict()
  .refine(oneAudience, oneAudienceMessage);
export type NewCampaign = z.infer<typeof newCampaignSchema>;

export const campaignStatuses = ['draft', 'running', 'paused', 'cancelled', 'completed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
  selection: Selection | null;
  /** How many ids the uploaded list held; null for a selection. */
  listedAccounts: number | null;
  messageVersion: string;
  createdAt: string;
  startedAt: string | null;
  pausedAt: string | null;
  cancelledAt: string | null;
  completedAt: string | null;
  /** Accounts the audience matched, and how they split into eligible (targets) and excluded. */
  matched: number;
  targeted: number;
  targetedByLanguage: Record<Language, number>;
  excluded: number;
  excludedByRule: Record<string, number>;
}

/** An eligible account and the first moment its window is open (the gate holds until then). */
export interface CampaignTarget {
  accountId: string;
  language: Language;
  sendAt: string;
}

/** An account skipped before anything was sent, with the rule that excluded it. */
export interface CampaignExclusion {
  accountId: string;
  ruleIds: string[];
  reason: string;
}

/** What happened to one target; appended to the campaign's outcome log (last entry wins). */
export type CampaignOutcome =
  | { accountId: string; outcome: 'sent'; at: string; sid: string | null; conversationId: string }
  | { accountId: string; outcome: 'blocked'; at: string; ruleIds: string[]; reason: string };

/** The same id across retries and restarts: OutreachSender never sends one id twice. */
export const campaignSendId = (campaignId: string, accountId: string) => `campaign:${campaignId}:${accountId}`;
export const campaignQueue = (campaignId: string) => `campaign:${campaignId}`;

/** The zone an operator filters on: the account's own, else its address's, else its phone's. */
export function selectionZoneOf(account: Account): string | null {
  return debtorZones(account)[0] ?? null;
}

const inRange = (value: number, r: { min?: number | undefined; max?: number | undefined } | undefined) =>
  r === undefined || ((r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max));

export function matchesSelection(account: Account, selection: Selection): boolean {
  if (!inRange(account.daysPastDue, selection.daysPastDue)) return false;
  if (!inRange(account.balanceCents, selection.balanceCents)) return false;
  if (selection.statuses && !selection.statuses.includes(account.status)) return false;
  if (selection.languages && !selection.languages.includes(account.language)) return false;
  if (selection.timezones) {
    const zone = selectionZoneOf(account);
    if (zone === null || !selection.timezones.includes(zone)) return false;
  }
  return true;
}

/** Problems with an uploaded list, each a clear 400: nothing is created from a list with either. */
export function listProblems(accountIds: readonly string[], known: ReadonlySet<string>): { duplicates: string[]; unknown: string[] } {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unknown: string[] = [];
  for (const id of accountIds) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
    if (!known.has(id)) unknown.push(id);
  }
  return { duplicates: [...duplicates], unknown: [...new Set(unknown)] };
}

export function firstMessage(language: Language, policy: Policy): string {
  return campaignMessages[language].firstMessage(policy.creditor.name);
}

/** What the gate needs about an account beyond the account itself, read by the caller. */
export interface ContactFacts {
  optedOut: boolean;
  botInitiatedLast7Days: number;
}

/**
 * The outbound gate's decision on this account's first message at `at`, exactly as
 * OutreachSender will ask it: bot-initiated, unverified, no collection content (RF-01).
 */
export function judgeFirstMessage(account: Account, facts: ContactFacts, policy: Policy, at: Date): GateResult {
  return decideOutbound({
    text: firstMessage(account.language, policy),
    channel: 'sms',
    language: account.language,
    initiator: 'bot',
    account,
    verified: false,
    collectionContent: false,
    allowedAmounts: [],
    allowedDates: [],
    sessionStart: false,
    now: at,
    policy,
    botInitiatedLast7Days: facts.botInitiatedLast7Days,
    optedOut: facts.optedOut,
  });
}

export type Eligibility = { eligible: true; sendAt: string; text: string } | { eligible: false; ruleIds: string[]; reason: string };

/**
 * Eligibility up front, with the gate's own checks: a block excludes the account with the gate's
 * rule; a hold (outside the window, RF-02/TC-05) is judged again at the moment the window opens,
 * so the caps and the content lint, which the gate checks after the window, are judged too.
 * `factsAt` gives the contact facts at a moment (the 7-day count is rolling).
 */
export async function eligibilityOf(account: Account, policy: Policy, now: Date, factsAt: (at: Date) => Promise<ContactFacts>): Promise<Eligibility> {
  let at = now;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { decision, text } = judgeFirstMessage(account, await factsAt(at), policy, at);
    if (decision.action === 'block') return { eligible: false, ruleIds: decision.ruleIds, reason: decision.reason ?? 'blocked by the outbound gate' };
    if (decision.action !== 'hold') return { eligible: true, sendAt: at.toISOString(), text: text ?? '' };
    at = new Date(decision.holdUntil ?? at);
  }
  return { eligible: true, sendAt: at.toISOString(), text: '' };
}

export interface CampaignProgress {
  targeted: number;
  excluded: number;
  excludedByRule: Record<string, number>;
  /** Waiting to be sent: for the window, for the throttle, or while paused. */
  queued: number;
  sent: number;
  delivered: number;
  /** Twilio reported `failed` or `undelivered`. */
  undelivered: number;
  blocked: number;
  blockedByRule: Record<string, number>;
  /** Never sent because the campaign was cancelled first. */
  cancelled: number;
  replied: number;
  verified: number;
  arranged: number;
}

const arrangementEvents = new Set(['promise.created', 'plan.created', 'settlement.accepted', 'pay_in_full.created']);

/** Counts by rule: an exclusion citing two rules counts under the first (the gate's own order). */
export function countByRule(entries: ReadonlyArray<{ ruleIds: string[] }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { ruleIds } of entries) {
    const rule = ruleIds[0] ?? 'none';
    counts[rule] = (counts[rule] ?? 0) + 1;
  }
  return counts;
}

/**
 * The progress figures. Outcomes are deduplicated by account (the last entry wins: a job re-run
 * after a crash may append again). Replied/verified/arranged count sent-to accounts whose events
 * came after their campaign message: a conversation started from the same number (replied), a
 * verification, an arrangement. Verified and arranged imply replied.
 */
export function progressOf(input: {
  campaign: Campaign;
  outcomes: readonly CampaignOutcome[];
  deliveryBySid: ReadonlyMap<string, string>;
  events: readonly DomainEvent[];
}): CampaignProgress {
  const { campaign } = input;
  const latest = new Map<string, CampaignOutcome>();
  for (const outcome of input.outcomes) latest.set(outcome.accountId, outcome);
  const sent = [...latest.values()].filter((o): o is Extract<CampaignOutcome, { outcome: 'sent' }> => o.outcome === 'sent');
  const blocked = [...latest.values()].filter((o): o is Extract<CampaignOutcome, { outcome: 'blocked' }> => o.outcome === 'blocked');
  const sentAtByAccount = new Map(sent.map((o) => [o.accountId, o.at]));
  const accountByConversation = new Map(sent.map((o) => [o.conversationId, o.accountId]));

  const replied = new Set<string>();
  const verified = new Set<string>();
  const arranged = new Set<string>();
  for (const event of input.events) {
    const accountId = event.type === 'conversation.started' ? accountByConversation.get(event.data.conversationId) : (event.accountId ?? undefined);
    if (accountId === undefined) continue;
    const sentAt = sentAtByAccount.get(accountId);
    if (sentAt === undefined || event.occurredAt < sentAt) continue;
    if (event.type === 'conversation.started') replied.add(accountId);
    if (event.type === 'verification.succeeded') verified.add(accountId);
    if (arrangementEvents.has(event.type)) arranged.add(accountId);
  }
  for (const id of [...verified, ...arranged]) replied.add(id);

  let delivered = 0;
  let undelivered = 0;
  for (const o of sent) {
    const status = o.sid ? input.deliveryBySid.get(o.sid) : undefined;
    if (status === 'delivered') delivered++;
    if (status === 'failed' || status === 'undelivered') undelivered++;
  }
  const open = campaign.targeted - sent.length - blocked.length;
  return {
    targeted: campaign.targeted,
    excluded: campaign.excluded,
    excludedByRule: campaign.excludedByRule,
    queued: campaign.status === 'cancelled' ? 0 : open,
    sent: sent.length,
    delivered,
    undelivered,
    blocked: blocked.length,
    blockedByRule: countByRule(blocked),
    cancelled: campaign.status === 'cancelled' ? open : 0,
    replied: replied.size,
    verified: verified.size,
    arranged: arranged.size,
  };
}
