import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';
import { developmentAnswers, heldOutAnswers, type ProposalAnswer } from '../../fixtures/desk/proposal-answers';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;

/**
 * How the debtor's words answer a specialist's proposal: the confirmation prompt's reading
 * (dialogs/confirm-prompt.ts), so a proposal is confirmed exactly as any other offer is.
 */
describe('answers to a specialist\'s proposal, in the debtor\'s own words', () => {
  let harness: Harness;
  const cases: Record<'en' | 'es', { sms: SmsClient; id: string }> = {} as never;

  beforeAll(async () => {
    harness = await startHandoffHarness({ store: 'memory', now: '2026-12-03T15:00:00Z' });
    for (const [language, phone, answers] of [
      ['en', '+15125550101', ['Hi', '3/14/85', '78701', 'I want to talk to a person']],
      ['es', '+13055550102', ['Hola', '02/11/1979', '33130', 'quiero hablar con una persona']],
    ] as const) {
      const sms = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: phone });
      for (const text of answers) await sms.send(text);
      const [handoff] = (await harness.call('GET', `/api/handoffs?status=open&language=${language}`)).body.handoffs;
      await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' });
      // The holding notice goes on the first message after a claim; get it out of the way.
      await sms.send('thanks');
      cases[language] = { sms, id: handoff.id };
    }
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  /**
   * Proposes a promise, sends the words, and reads what became of the proposal. Words that raised
   * a flag (a right the recognizer heard) are reported with it, and the flag is cleared so the next
   * answer starts from a collectable account.
   */
  async function answer(text: string): Promise<ProposalAnswer | `flag:${string}`> {
    const spanish = /[¿¡áéíóúñ]|\b(si|no puedo|gracias|acuerdo|quiero|conviene|claro|est[aá]|cu[aá]nto|puedo)\b/i.test(text);
    const { sms, id } = spanish ? cases.es : cases.en;
    const accountId = spanish ? 'NW-1002' : 'NW-1001';
    const proposed = await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: { kind: 'promise' } });
    expect(proposed.body.error ?? null).toBeNull();
    await sms.send(text);
    const flags = (await harness.app.store.getAccount(accountId))!.flags;
    if (flags.length > 0) {
      await harness.app.store.updateAccount(accountId, (account) => ({ ...account, flags: [] }));
      return `flag:${flags.join(',')}`;
    }
    const status = (await harness.call('GET', `/api/handoffs/${id}`)).body.proposal.status;
    return status === 'accepted' ? 'accept' : status === 'declined' ? 'decline' : 'neither';
  }

  it.each(developmentAnswers)('"%s" is read as %s', async (text, expected) => {
    expect(await answer(text)).toBe(expected);
  });

  it('scores the held-out answers (reported in the README; a miss leaves the answer to the specialist or records nothing)', async () => {
    const results = [];
    for (const [text, expected] of heldOutAnswers) results.push({ text, expected, read: await answer(text) });
    const right = results.filter((r) => r.read === r.expected).length;
    // eslint-disable-next-line no-console
    console.log(`held-out proposal answers: ${right}/${results.length}`, results.filter((r) => r.read !== r.expected));
    // Measured 14 of 15 (README): "no me conviene" is read as a cease by the shared rights reading,
    // not by anything of the desk's own; nothing was recorded on it.
    expect(right).toBeGreaterThanOrEqual(14);
    expect(results.filter((r) => r.read === 'accept' && r.expected !== 'accept')).toEqual([]);
  });
});
