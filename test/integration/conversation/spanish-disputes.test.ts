import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptOutRegistry } from '../../../src/conversation/opt-outs';
import { debtors, play, startTranscriptTable, type TranscriptTable } from '../../support/transcript-table';

/**
 * RF-18 and RF-11 together: a Spanish-speaking debtor who says the debt is not theirs disputes it;
 * the number is theirs, so it is never suppressed as a wrong number (which would end every
 * contact, the dispute's follow-up included). Phrasings our own, with and without accents.
 */
/** Each phrasing on its own portfolio: a dispute flag or a suppressed number would carry over. */
let table: TranscriptTable;
beforeEach(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterEach(() => table.close());

const disputed = /Anoté que usted disputa esta cuenta/;
const wrongNumber = /Actualizaremos nuestros registros para que no reciba estos mensajes/;

describe('RF-18: "this is not my debt" in Spanish is a dispute, never a wrong number (RF-11)', () => {
  it.each([
    'yo no debo ese dinero',
    'no reconozco esta deuda',
    'yo nunca debí ese dinero',
    'yo nunca debi ese dinero, es un error',
    'esa deuda no es mía',
    'no debo nada de eso, ustedes se equivocaron',
  ])('"%s" is acknowledged as a dispute and the number stays reachable', async (text) => {
    const say = await table.verified('jose');
    await play(say, [[text, disputed, wrongNumber]]);
    const account = await table.store.getAccount(debtors.jose.accountId);
    expect(account?.flags).toContain('dispute');
    expect(await new OptOutRegistry(table.store).get('sms', debtors.jose.phone)).toBeNull();
  });

  it.each(['número equivocado, no conozco a ese señor', 'se equivocaron de número'])('a real wrong number (near miss) is still one: "%s"', async (text) => {
    const say = table.conversation('jose');
    await play(say, [[text, wrongNumber, disputed]]);
  });
});
