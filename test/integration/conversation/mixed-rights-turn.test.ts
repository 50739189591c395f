import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountFlag } from '../../../src/domain/account';
import { debtors, startTranscriptTable, type Debtor, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #16 item 3 through a whole turn: a long complaint that mixes rights raises the flag of each
 * right it invokes (RF-07 cease, RF-08 attorney, RF-18 dispute, RF-22 bankruptcy and identity
 * theft) and none it does not; a long message that only names a right raises none. Our own
 * phrasings, each on a fresh portfolio so no flag carries over.
 */
let table: TranscriptTable;
beforeEach(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterEach(() => table.close());

/** The flags a right raises (dialogs/rights.ts); hardship and refusals are not what these texts test. */
const rightsFlags: readonly AccountFlag[] = ['dispute', 'identity_theft', 'attorney', 'bankruptcy', 'cease'];

async function flagsAfter(debtor: Debtor, text: string): Promise<AccountFlag[]> {
  const say = await table.verified(debtor);
  await say(text);
  const account = await table.store.getAccount(debtors[debtor].accountId);
  return rightsFlags.filter((flag) => account?.flags.includes(flag));
}

describe('a long mixed complaint records each right it invokes, and no other', () => {
  it('EN: an attorney and a cease, no dispute, bankruptcy or identity theft', async () => {
    const text =
      "I've told you three times already. I'm represented by an attorney for all of my debts now and his contact information was sent with my last letter. " +
      'Cease all communication with me, no calls, no texts, no letters to my house. Anything further about this account goes to my lawyer and only to my lawyer.';
    expect(await flagsAfter('maria', text)).toEqual(['attorney', 'cease']);
  });

  it('EN: identity theft and a dispute, no attorney, bankruptcy or cease', async () => {
    const text =
      'Someone opened this account using my name and social security number, I reported the identity theft to the police and the FTC last month. ' +
      'This is not my debt, I have never had an account with this lender. On top of that your collector called my mother and my boss and told them I was a deadbeat.';
    expect(await flagsAfter('maria', text)).toEqual(['dispute', 'identity_theft']);
  });

  it('ES: a bankruptcy and an attorney, no dispute, cease or identity theft', async () => {
    const text =
      'Me declaré en bancarrota el año pasado, capítulo 13, y esta cuenta está incluida en mi plan de pagos de la corte. ' +
      'Mi abogado se llama Luis Ramírez y él lleva todo el caso, así que por favor comuníquense con él y no conmigo. No entiendo por qué siguen mandándome mensajes.';
    expect(await flagsAfter('jose', text)).toEqual(['attorney', 'bankruptcy']);
  });

  it('ES: a dispute and a cease, no attorney, bankruptcy or identity theft', async () => {
    const text =
      'Buenas tardes. Me llegó un mensaje de ustedes diciendo que debo dinero a una tienda de muebles, pero esa deuda no es mía, nunca abrí una cuenta con esa tienda y no reconozco ese cargo. ' +
      'Ya les expliqué por teléfono y siguen insistiendo. Dejen de llamarme, no quiero que me contacten más por ningún medio.';
    expect(await flagsAfter('jose', text)).toEqual(['dispute', 'cease']);
  });

  it('EN and ES: a long message that only names rights ("not disputing", "no lawyer") raises none', async () => {
    const en =
      "I'm not disputing the balance and I don't have a lawyer, I checked it against my old statements and it's mine. " +
      "I just can't pay it all at once because my hours got cut at work. Could we set up a plan of around $100 a month starting on the 15th?";
    expect(await flagsAfter('maria', en)).toEqual([]);
    const es =
      'No estoy disputando la deuda y no tengo abogado, sé que es mía y que la debo. Lo que pasa es que me redujeron las horas en el trabajo. ' +
      '¿Podemos hacer un plan de pagos de 50 dólares cada quincena? Empiezo el viernes si me dicen que sí.';
    expect(await flagsAfter('jose', es)).toEqual([]);
  });
});
