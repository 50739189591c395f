import { describe, expect, it } from 'vitest';
import {
  dueForPurge,
  effectiveRetentionDays,
  lastActivityOf,
  MIN_RETENTION_DAYS,
  retentionCutoff,
  type ConversationActivity,
} from '../../../src/compliance/retention-rule';

const now = new Date('2029-11-23T12:00:00Z');
const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const conversation = (lastActivityAt: string, accountLastActivityAt: string[] = []): ConversationActivity => ({
  conversationId: 'sms:+15125550101',
  lastActivityAt,
  accountLastActivityAt,
});

describe('RF-24 record retention', () => {
  it('keeps records for three years after the last activity by default (1095 days)', () => {
    expect(dueForPurge(conversation(daysBefore(1094)), now, 1095)).toBe(false);
    expect(dueForPurge(conversation(daysBefore(1095)), now, 1095)).toBe(true);
    expect(dueForPurge(conversation(daysBefore(2000)), now, 1095)).toBe(true);
  });

  it('does not purge a record one millisecond younger than the window', () => {
    const justInside = new Date(retentionCutoff(now, 1095).getTime() + 1).toISOString();
    expect(dueForPurge(conversation(justInside), now, 1095)).toBe(false);
  });

  it("runs from the account's last activity: an old conversation about an active account is kept", () => {
    expect(dueForPurge(conversation(daysBefore(1500), [daysBefore(10)]), now, 1095)).toBe(false);
    expect(lastActivityOf(conversation(daysBefore(1500), [daysBefore(10), daysBefore(1200)])).toISOString()).toBe(daysBefore(10));
  });

  it('purges when both the conversation and every account it concerns are past the window', () => {
    expect(dueForPurge(conversation(daysBefore(1500), [daysBefore(1200), daysBefore(1100)]), now, 1095)).toBe(true);
  });

  it('honours a longer setting (e.g. four years for TCPA evidence)', () => {
    expect(dueForPurge(conversation(daysBefore(1200)), now, 1461)).toBe(false);
    expect(dueForPurge(conversation(daysBefore(1461)), now, 1461)).toBe(true);
  });

  it('never goes below the Reg F minimum, whatever RETENTION_DAYS says', () => {
    expect(effectiveRetentionDays(30)).toBe(MIN_RETENTION_DAYS);
    expect(dueForPurge(conversation(daysBefore(31)), now, 30)).toBe(false);
    expect(dueForPurge(conversation(daysBefore(1000)), now, 30)).toBe(false);
  });

  it('never treats an unreadable timestamp as old', () => {
    expect(dueForPurge(conversation('not a date'), now, 1095)).toBe(false);
    expect(dueForPurge(conversation('not a date', ['garbage']), now, 1095)).toBe(false);
  });
});
