import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant';
import type { Channel } from '../../src/domain/channel';
import { ManualClock } from '../../src/domain/clock';
import { policySchema } from '../../src/domain/policy';
import { parsePortfolio } from '../../src/domain/portfolio';
import { createLocalUnderstanding } from '../../src/language/understand';
import { createStore } from '../../src/store/create-store';
import type { Store } from '../../src/store/store';

/**
 * Conversations as transcript tables below HTTP (core-bot's DialogTestClient idea): the real turn
 * every channel calls (bot, recognizer, dialogs, outbound gate, memory store) driven directly,
 * with a clock the test moves. A row is [the debtor says, the assistant says, it never says].
 */
export type Row = readonly [says: string, answers: RegExp, never?: RegExp];

/** The sample portfolio's debtors and what verifies them. */
export const debtors = {
  maria: { accountId: 'NW-1001', phone: '+15125550101', verify: ['Hi', '3/14/85', '78701'], verified: /Your balance is \$1,240\.50/ },
  jose: { accountId: 'NW-1002', phone: '+13055550102', verify: ['Hola', '2/11/1979', '33130'], verified: /Su saldo es \$860\.00/ },
} as const;
export type Debtor = keyof typeof debtors;

/** A Thursday afternoon in every debtor's zone, inside the contact window. */
const DEFAULT_NOW = '2026-12-03T18:00:00Z';

export type Say = (text: string) => Promise<string>;

export interface TranscriptTable {
  store: Store;
  clock: ManualClock;
  /** A new conversation of a debtor on a channel (SMS unless told), not yet verified. */
  conversation(debtor: Debtor, channel?: Channel): Say;
  /** A new conversation of a debtor, verified; the verification turns are checked on the way. */
  verified(debtor: Debtor, channel?: Channel): Promise<Say>;
  close(): Promise<void>;
}

export async function startTranscriptTable(options: { now?: string } = {}): Promise<TranscriptTable> {
  const clock = new ManualClock(new Date(options.now ?? DEFAULT_NOW));
  const store = createStore({ kind: 'memory', clock });
  await store.putAccounts(parsePortfolio(readFileSync('data/sample-portfolio.csv', 'utf8')).accounts);
  const { assistant, outreach } = createAssistant(
    {
      policy: policySchema.parse(JSON.parse(readFileSync('data/policy.json', 'utf8'))),
      paymentLinks: { baseUrl: 'https://amicable.example.test/pay', secret: 'test-payment-secret', ttlSeconds: 86_400 },
      idleMinutes: 30,
      creditorWebhook: null,
      retentionDays: 1095,
      summaryModel: null,
    },
    { store, clock, understand: createLocalUnderstanding(), sms: null },
  );
  let conversations = 0;
  const conversation = (debtor: Debtor, channel: Channel = 'sms'): Say => {
    const conversationId = `${channel}:table-${++conversations}`;
    const address = channel === 'sms' ? debtors[debtor].phone : conversationId;
    let turn = 0;
    return async (text) => {
      const replies = await assistant.handle({ channel, conversationId, address, text, messageId: `${conversationId}-${++turn}` });
      return replies.map((reply) => reply.text ?? '').join('\n');
    };
  };
  return {
    store,
    clock,
    conversation,
    async verified(debtor, channel) {
      const say = conversation(debtor, channel);
      const [greeting, ...answers] = debtors[debtor].verify;
      // Away from SMS the number is not known: the visitor gives the one on the account first.
      const turns = channel === 'sms' ? [greeting, ...answers] : [greeting, debtors[debtor].phone, ...answers];
      let last = '';
      for (const text of turns) last = await say(text);
      expect(last, `${debtor} verified`).toMatch(debtors[debtor].verified);
      return say;
    },
    async close() {
      await outreach.stop();
      await store.close();
    },
  };
}

/**
 * Plays the rows in order on one conversation. Besides each row's own expectations, a reply is
 * never the previous reply word for word: a re-ask is always worded differently (issue #15).
 * Returns the last reply.
 */
export async function play(say: Say, rows: readonly Row[]): Promise<string> {
  let previous = '';
  for (const [says, answers, never] of rows) {
    const reply = await say(says);
    expect(reply, `after "${says}"`).toMatch(answers);
    if (never) expect(reply, `after "${says}"`).not.toMatch(never);
    if (reply !== '') expect(reply, `after "${says}", the previous reply again`).not.toBe(previous);
    previous = reply;
  }
  return previous;
}
