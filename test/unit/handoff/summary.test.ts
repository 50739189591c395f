import { describe, expect, it } from 'vitest';
import { summarizeCase } from '../../../src/handoff/summary';
import type { TranscriptEntry } from '../../../src/domain/transcript';

const said = (text: string): TranscriptEntry => ({ at: '2026-11-23T18:00:00.000Z', direction: 'in', channel: 'sms', conversationId: 'c', actor: 'debtor', text });

/** The summary a specialist reads first repeats nothing the transcript may not keep (PAY-01, PRV-02). */
describe('PAY-01 PRV-02 the handoff summary masks what is never kept', () => {
  it.each([
    ['born 03/14/1985, zip 78701', /03\/14\/1985|78701/],
    ['cvv 321 exp 04/27', /321|04\/27/],
    ['código de seguridad 987, vence 09/28 mi tarjeta', /987|09\/28/],
    ['card 4111 1111 1111 1111', /4111/],
    ['routing 021000021 account 12345678', /021000021|12345678/],
    ['call my sister at 512-555-0199', /555-0199/],
    ['mi esposo (305) 555-0142', /555-0142/],
  ])('"%s"', (text, never) => {
    const summary = summarizeCase({ reason: 'requested_person', account: null, arrangements: [], transcript: [said(text)] });
    expect(summary).toMatch(/Debtor said: "/);
    expect(summary).not.toMatch(never);
  });

  it('keeps what the debtor asked in words', () => {
    const summary = summarizeCase({ reason: 'dispute', account: null, arrangements: [], transcript: [said('I already paid this in March')] });
    expect(summary).toContain('"I already paid this in March"');
  });
});

describe('FL-01 a settlement beyond policy', () => {
  it('shows the counter-offer a specialist is asked to weigh', () => {
    const summary = summarizeCase({
      reason: 'settlement_beyond_policy',
      account: null,
      arrangements: [],
      transcript: [said('settle for 500'), said('500 is all i can do')],
      counterOffer: { amountCents: 50000, offeredOn: '2026-11-23', payBy: '2026-12-23', daysPastDue: 150, balanceCents: 124050, lowestAllowedCents: 99240 },
    });
    expect(summary).toContain("Counter-offer: 500.00 paid by 2026-12-23, made 2026-11-23; the policy's lowest is 992.40 at 150 days past due.");
  });
});
