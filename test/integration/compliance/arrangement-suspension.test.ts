import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations } from './conversation-harness';

/**
 * Issue #19 item 11: a dispute, bankruptcy, attorney, deceased, crisis or cease suspends the
 * account's active promises and plans, so reminders and reports agree with what the debtor was
 * told; a specialist resumes them. The clock starts on Monday 23 November 2026, 12:00 in Austin.
 */
let talk: Conversations;
beforeEach(async () => {
  talk = await Conversations.start();
});
afterEach(async () => {
  await talk.close();
});

/** Maria promises $100 for Friday 27 November; returns the promise's id. */
async function promise(say: (text: string) => Promise<string>): Promise<string> {
  await say("I'll pay 100 on Friday");
  expect(await say('yes')).toMatch(/I recorded your promise/);
  return (await talk.account('NW-1001')).arrangements[0].id;
}

describe('suspension of promises and plans when collection stops', () => {
  it.each([
    ["I don't owe this, it's not my debt", 'dispute'],
    ['I filed for bankruptcy last week', 'bankruptcy'],
    ['my lawyer is handling this now', 'attorney'],
    ['stop contacting me about this', 'cease'],
    ["I'm not paying this", 'refusal_to_pay'],
    ['I want to kill myself', 'crisis'],
  ])('"%s" suspends the promise (reason %s), and no reminder follows', async (text, reason) => {
    const maria = await talk.maria();
    await promise(maria);
    await maria(text);
    const [arrangement] = (await talk.account('NW-1001')).arrangements;
    expect(arrangement).toMatchObject({ status: 'suspended', suspendedReason: reason, suspendedAt: '2026-11-23T18:00:00.000Z' });
    // Wednesday at 10:00 her time the reminder was due; Saturday the due-date check.
    for (const at of ['2026-11-25T16:00:00Z', '2026-11-28T07:00:00Z']) {
      talk.app.clock.set(new Date(at));
      await talk.app.outreach.runDue();
    }
    expect(talk.app.twilioApi.sent.filter((sms) => /reminder|have not received/.test(sms.Body))).toEqual([]);
    expect((await talk.account('NW-1001')).arrangements[0].status).toBe('suspended');
    expect(await talk.transcriptEvents('NW-1001')).toContain('arrangement.suspended');
  });

  it('a death reported from the number suspends the promise too', async () => {
    const maria = await talk.maria();
    await promise(maria);
    await maria('this is her husband, maria passed away yesterday');
    expect((await talk.account('NW-1001')).arrangements[0]).toMatchObject({ status: 'suspended', suspendedReason: 'deceased' });
  });

  it('a specialist resumes it once the hold is lifted: not while collection is stopped, and reminders come back', async () => {
    const maria = await talk.maria();
    const id = await promise(maria);
    await maria('that amount is wrong, i only owed 800');
    const early = await talk.post(`/api/accounts/NW-1001/arrangements/${id}/resume`, { actor: 'sam' });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'collection_stopped' } } });

    expect((await talk.post('/api/accounts/NW-1001/verification-sent', {})).status).toBe(200);
    const resumed = await talk.post(`/api/accounts/NW-1001/arrangements/${id}/resume`, { actor: 'sam', note: 'Verification sent; she confirmed the promise.' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.arrangement).toMatchObject({ id, status: 'active' });
    expect(resumed.body.arrangement).not.toHaveProperty('suspendedReason');
    expect(await talk.transcriptEvents('NW-1001')).toContain('arrangement.resumed');

    talk.app.clock.set(new Date('2026-11-25T16:00:00Z'));
    await talk.app.outreach.runDue();
    // The dispute case's own notice may go too; the reminder is back.
    expect(talk.app.twilioApi.sent.map((sms) => sms.Body).filter((body) => /reminder/.test(body))).toEqual([
      expect.stringMatching(/a reminder that your payment of \$100\.00 is due on November 27/),
    ]);
  });

  it('a promise whose due date passed while suspended is not resumed: the specialist agrees a new one', async () => {
    const maria = await talk.maria();
    const id = await promise(maria);
    await maria('this is not my debt');
    await talk.post('/api/accounts/NW-1001/verification-sent', {});
    talk.app.clock.set(new Date('2026-11-30T16:00:00Z'));
    const late = await talk.post(`/api/accounts/NW-1001/arrangements/${id}/resume`, { actor: 'sam' });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'schedule_lapsed' } } });
  });

  it('bad requests are 4xx with a code', async () => {
    expect((await talk.post('/api/accounts/NW-1001/arrangements/nope/resume', { actor: 'sam' })).body.error.code).toBe('arrangement_not_found');
    expect((await talk.post('/api/accounts/NW-1001/arrangements/nope/resume', {})).status).toBe(400);
    expect((await talk.post('/api/accounts/NW-1001/arrangements/nope/resume', { actor: 'sam', extra: 1 })).status).toBe(400);
    const maria = await talk.maria();
    const id = await promise(maria);
    expect((await talk.post(`/api/accounts/NW-1001/arrangements/${id}/resume`, { actor: 'sam' })).body.error.code).toBe('not_suspended');
  });
});
