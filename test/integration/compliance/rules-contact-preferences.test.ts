import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIRECTLINE_SECRET } from '../../support/app-under-test';
import { connectClient } from '../directline/directline-client';
import { Conversations } from './conversation-harness';

/**
 * Contact preferences through the real app over SMS (RF-02, RF-03, RF-06): recognised, confirmed
 * back in one line, kept on the account for specialists, and none of them an opt-out of the
 * conversation under way, a cease or hardship. The clock starts on Monday 23 November 2026, 12:00
 * in Austin; Maria (NW-1001) and José (NW-1002) are sample accounts.
 */
let talk: Conversations;
beforeEach(async () => {
  talk = await Conversations.start();
});
afterEach(async () => {
  await talk.close();
});

describe('RF-02 inconvenient times', () => {
  it('RF-02: "don\'t text me during my shift" is confirmed, asks for the hours, keeps them, and the conversation goes on', async () => {
    const maria = await talk.maria();
    expect(await maria("please don't text me during my shift")).toMatch(/^Noted: nothing at your workplace\. What hours do you work/);
    expect(await maria('7-3 weekdays')).toMatch(/^Noted: no messages from us on weekdays between 7:00 AM and 3:00 PM; nothing at your workplace\./);
    const account = await talk.account('NW-1001');
    expect(account.flags).toEqual([]);
    expect(account.optOuts).toEqual([]);
    expect(account.contactPreferences).toMatchObject({
      inconvenientTimes: [{ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:00' }],
      noWorkplaceContact: true,
    });
    expect(await maria('what is my balance')).toMatch(/\$1,240\.50/);
    expect(await talk.transcriptEvents('NW-1001')).toContain('contact_preference.recorded');
  });

  it('RF-02: "no me escriban en el trabajo de 8 a 4" is confirmed in Spanish and kept', async () => {
    const jose = await talk.jose();
    expect(await jose('no me escriban en el trabajo de 8 a 4')).toMatch(/^Anotado: no le escribiremos entre las 8:00 y las 16:00; nada en su lugar de trabajo\./);
    const account = await talk.account('NW-1002');
    expect(account.flags).toEqual([]);
    expect(account.optOuts).toEqual([]);
    expect(account.contactPreferences.inconvenientTimes).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '16:00' }]);
  });

  it('RF-02: "only after 5pm" before verification is kept on the account on file for the number, saying nothing of a debt', async () => {
    const maria = talk.texter('+15125550101');
    const answer = await maria('only after 5pm');
    expect(answer).toMatch(/Noted: no messages from us before 5:00 PM\./);
    expect(answer).not.toMatch(/\$|balance|debt/i);
    expect((await talk.account('NW-1001')).contactPreferences.inconvenientTimes).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '17:00' }]);
  });
});

describe('shown to specialists', () => {
  it('RF-02 / RF-03: the handoff case shows the specialist what the debtor designated, in words', async () => {
    const maria = await talk.maria();
    await maria("don't call my office, and no texts before 10am please");
    await maria('talk to a person');
    const { body: queue } = await talk.app.operator('/api/handoffs?status=open');
    const { body } = await talk.app.operator(`/api/handoffs/${queue.handoffs[0].id}`);
    expect(body.account.contactPreferencesSummary).toBe('no messages from us before 10:00 AM; nothing at your workplace');
    expect(body.account.contactPreferences).toMatchObject({ noWorkplaceContact: true });
  });
});

describe('RF-03 workplace', () => {
  it('RF-03: a work e-mail offered with "don\'t call the office" raises no hardship or cease', async () => {
    const maria = await talk.maria();
    const answer = await maria('you can email me at maria@acmecorp.com, thats my work email, but dont call the office or I could lose my job');
    expect(answer).toMatch(/^Noted: no calls; email noted as how you prefer to hear from us; nothing at your workplace\./);
    const account = await talk.account('NW-1001');
    expect(account.flags).toEqual([]);
    expect(account.handoffs).toEqual([]);
    expect(account.contactPreferences).toMatchObject({ stoppedMedia: ['calls'], preferredMedia: ['email'], noWorkplaceContact: true });
  });
});

describe('RF-06 a medium stopped', () => {
  it('RF-06: "stop texting, email is fine" by text stops texts to this number (TC-02) and keeps email as the preference', async () => {
    const maria = await talk.maria();
    expect(await maria('stop texting, email is fine')).toMatch(/unsubscribed/);
    const account = await talk.account('NW-1001');
    expect(account.flags).toEqual([]);
    expect(account.optOuts).toEqual([expect.objectContaining({ channel: 'sms' })]);
    expect(account.contactPreferences).toMatchObject({ stoppedMedia: ['sms'], preferredMedia: ['email'] });
  });

  it('RF-06: "stop texting, email is fine" in web chat stops texts, not the chat under way', async () => {
    const { app } = talk;
    const response = await fetch(`${app.domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'portal-NW-1001', name: 'Maria' }, accountId: 'NW-1001' }),
    });
    const { token } = (await response.json()) as { token: string };
    const maria = connectClient(app.domain, token, { id: 'portal-NW-1001', name: 'Maria' });
    const say = async (text: string) => {
      const id = await maria.send(text);
      await maria.waitFor(() => maria.received.some((activity) => activity.replyToId === id));
      return maria.received.filter((activity) => activity.replyToId === id).map((activity) => activity.text).join('\n');
    };
    try {
      await say('Hi');
      expect(await say('stop texting, email is fine')).toMatch(/Noted: no more texts; email noted as how you prefer to hear from us\./);
      const account = await talk.account('NW-1001');
      expect(account.flags).toEqual([]);
      expect(account.optOuts).toEqual([]);
      expect(account.contactPreferences).toMatchObject({ stoppedMedia: ['sms'], preferredMedia: ['email'] });
      expect(await say('what is my balance')).toMatch(/\$1,240\.50/);
    } finally {
      maria.end();
    }
  });

  it('RF-06: "stop calling me, texting is fine" stops calls only: no cease, texting goes on', async () => {
    const maria = await talk.maria();
    expect(await maria('stop calling me, texting is fine')).toMatch(/^Noted: no calls; texts noted/);
    const account = await talk.account('NW-1001');
    expect(account.flags).toEqual([]);
    expect(account.optOuts).toEqual([]);
    expect(await maria('what is my balance')).toMatch(/\$1,240\.50/);
  });
});
