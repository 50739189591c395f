import { debtors, startTranscriptTable, type TranscriptTable } from './transcript-table';

/**
 * A transcript table where both sample debtors are in the policy's settlement tier: José already
 * is, Maria is made so (150 days past due). Shared by the settle and casual-misreading tables.
 */
export async function startSettlementTable(): Promise<TranscriptTable> {
  const table = await startTranscriptTable();
  await table.store.updateAccount(debtors.maria.accountId, (account) => ({ ...account, daysPastDue: 150 }));
  return table;
}

/** The engine's settlement offer to Maria and to José, as the settle dialog words it. */
export const settlementOfferEn = /You can settle your \$1,240\.50 balance for \$992\.40 if paid by [A-Z][a-z]+ \d+, 20\d\d\. Shall I record that\? Reply YES or NO\./;
export const settlementOfferEs = /Puede liquidar su saldo de \$860\.00 con \$688\.00 si paga a más tardar el \d+ de [a-z]+ de 20\d\d\. ¿Lo registro\? Responda SI o NO\./;
