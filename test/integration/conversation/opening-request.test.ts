import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtors, startTranscriptTable, type Debtor, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #15: what the debtor asked in the message that opened the conversation is answered once
 * they are verified, not lost behind the menu. Verification answers are never the request (PRV-02):
 * the turn that gives the ZIP code does not decide where the conversation goes.
 */
let table: TranscriptTable;
beforeAll(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterAll(() => table.close());

/** Opens with `first`, then answers verification; returns what the last verification turn got. */
async function openWith(debtor: Debtor, first: string): Promise<string> {
  const say = table.conversation(debtor);
  const [, ...answers] = debtors[debtor].verify;
  await say(first);
  let last = '';
  for (const text of answers) last = await say(text);
  return last;
}

/** The plans, or the one plan that fits the terms asked ("monthly" alone: the monthly plan). */
const planList = { en: /Plans from |closest plans?|To confirm: \$[\d.,]+ a month/, es: /Planes desde el|planes? más cercanos|plan más cercano/ };
const menu = { en: /What would you like to do\?/, es: /¿Qué desea hacer\?/ };

describe('an opening request is answered after verification (issue #15)', () => {
  it.each([
    'Hi, I want to set up a payment plan',
    'hello can i do a payment plan please',
    'hi i need to make payments on my bill, like monthly',
    'heyy can we do a paymnt plan',
    'can I split what I owe into payments?',
  ])('EN plan: "%s" leads to the plans, not the menu', async (first) => {
    const last = await openWith('maria', first);
    expect(last).toMatch(planList.en);
    expect(last).not.toMatch(menu.en);
  });

  it.each(['hola quiero un plan de pagos', 'buenas, puedo pagar en cuotas?', 'necesito hacer un plan de pago por favor', 'quiero pagar a plazos', 'hola kiero un plan d pagos'])(
    'ES plan: "%s" leads to the plans, not the menu',
    async (first) => {
      const last = await openWith('jose', first);
      expect(last).toMatch(planList.es);
      expect(last).not.toMatch(menu.es);
    },
  );

  it.each(['hi can I pay 100 a month', 'can i do $100/mo', 'hello, 100 dollars a month works for me'])('EN "%s" keeps the amount it named', async (first) => {
    expect(await openWith('maria', first)).toMatch(/\$103\.38 a month for 12 months/);
  });

  it.each(['hi, I want to pay the whole thing', 'hello i want to pay it all off today'])('EN pay in full: "%s" leads to the offer', async (first) => {
    expect(await openWith('maria', first)).toMatch(/You can pay \$1,240\.50 in full by/);
  });

  it.each(['hey who is this, i keep getting texts', 'who is this?', 'quien es?'])('"%s" is answered by the greeting, not again after verification', async (first) => {
    const last = await openWith('maria', first);
    expect(last).toMatch(new RegExp(`${menu.en.source}|${menu.es.source}`));
    expect(last).not.toMatch(/automated assistant|asistente automático/);
  });

  it.each(['hi', 'hello there', 'hey, got your text'])('a greeting alone (near miss) leads to the menu: "%s"', async (first) => {
    expect(await openWith('maria', first)).toMatch(menu.en);
  });

  it.each(['hola', 'buenas tardes'])('a Spanish greeting alone (near miss) leads to the menu: "%s"', async (first) => {
    expect(await openWith('jose', first)).toMatch(menu.es);
  });
});

describe('RF-01: a date of birth is read the way the account holder writes dates', () => {
  it.each(['ola kiero un plan d pagos', 'ola buenas', 'k onda, kiero pagar', 'hi', 'hello i want a plan'])(
    'José opens with "%s" and verifies with 2/11/1979 (November 2, day first)',
    async (first) => {
      expect(await openWith('jose', first)).not.toMatch(/don't match|no coinciden/);
    },
  );

  it.each(['3/4/1979', '2/12/1979', '12/2/1978'])('a wrong date is still refused in either reading: %s', async (date) => {
    const say = table.conversation('jose');
    await say('ola');
    await say(date);
    // Refused, or locked out once the phone's failed attempts reach the policy's limit.
    expect(await say('33130')).toMatch(/don't match|no coinciden|can't continue here/);
  });
});
