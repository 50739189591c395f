import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { debtors, play, type TranscriptTable } from '../../support/transcript-table';
import { settlementOfferEn as offerEn, settlementOfferEs as offerEs, startSettlementTable } from '../../support/settlement-table';

/**
 * The settle dialog below HTTP (issue #15 items 2 and 7; FL-01): the sample portfolio's José is old
 * enough for the policy's settlement tier; Maria is made so (150 days past due) for the English rows.
 * negotiate.test.ts plays the same over signed SMS webhooks with accounts of its own.
 */
let table: TranscriptTable;
beforeEach(async () => {
  table = await startSettlementTable();
}, 120_000);
afterEach(() => table.close());


describe('settling for less, below HTTP (FL-01)', () => {
  it.each(['can I settle for less', "what's the lowest you'd take", 'any discount if i pay it all now?', 'i wanna settel this for cheaper', 'could u take less to close it out'])(
    'EN "%s" gets the engine\'s settlement, and a yes records it',
    async (text) => {
      const say = await table.verified('maria');
      await play(say, [
        [text, offerEn, /didn't understand|take care/],
        ['yes', /Done\./],
      ]);
      const arrangements = await table.store.listArrangements(debtors.maria.accountId);
      expect(arrangements.map((arrangement) => [arrangement.kind, arrangement.totalCents])).toEqual([['settlement', 99_240]]);
    },
  );

  it.each(['quiero liquidar por menos', '¿pueden aceptar menos si pago todo junto?', 'hay algun descuento', 'lo minimo que aceptarian?', 'kiero pagar menos y cerrar la cuenta'])(
    'ES "%s" gets the engine\'s settlement',
    async (text) => {
      const say = await table.verified('jose');
      await play(say, [[text, offerEs, /no entendí|cuídese/]]);
    },
  );

  it.each([
    ['settle for 500', '500 is all i can do'],
    ['i can do 400 total', "that's my final offer"],
  ])('EN a counter below the tier ("%s"), held to ("%s"), goes to a specialist once', async (counter, hold) => {
    const say = await table.verified('maria');
    await play(say, [
      [counter, /I can't accept that amount, but I can settle your \$1,240\.50 balance for \$992\.40/],
      [hold, /passed your offer to a specialist to review/, /Shall I record/],
    ]);
    const cases = (await table.store.listHandoffs()).filter((handoff) => handoff.accountId === debtors.maria.accountId);
    expect(cases.map((handoff) => handoff.reason)).toEqual(['settlement_beyond_policy']);
  });

  it('ES a counter below the tier, held to, goes to a specialist once', async () => {
    const say = await table.verified('jose');
    await play(say, [
      ['te doy 300 y cerramos', /No puedo aceptar esa cantidad, pero puede liquidar su saldo de \$860\.00 con \$688\.00/],
      ['es mi ultima oferta', /pasé su oferta a un especialista/],
    ]);
  });
});
