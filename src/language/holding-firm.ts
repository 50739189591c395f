import { normalizeForMatching } from '../compliance/normalize';

/**
 * Words of a debtor standing by their own figure after hearing the lowest the policy allows
 * ("that's all I can do", "es mi última oferta"). Read only at that question, so the list can be
 * plain: elsewhere these words mean other things.
 */
const holdingFirm =
  /\b(?:that'?s|thats|that is|it'?s|its) (?:all|the most|the best|my (?:final|best|last|max\w*))\b|\b(?:all|the most|the best|the max\w*) i (?:can|could|have)\b|\b(?:final|last|best) offer\b|\btake it or leave it\b|\bi insist\b|\bcan'?t (?:do|pay|go|give) (?:any ?)?(?:more|higher|better|over)\b|\bcannot (?:do|pay|go|give) (?:any ?)?(?:more|higher)\b|\bno more than\b|\bnot a (?:penny|cent|dollar) more\b|\b(?:es|eso es) (?:todo|lo maximo|lo mas) (?:lo )?que (?:puedo|tengo)\b|\bno (?:puedo|tengo) (?:pagar |dar |ofrecer )?mas\b|\bmi (?:ultima|mejor|unica) oferta\b|\blo tomas? o lo dej\w+\b|\binsisto\b|\bni un (?:centavo|peso|dolar) mas\b|\bsolo (?:puedo|tengo) (?:eso|esa cantidad)\b/;

/** Whether the debtor holds to the figure they offered rather than taking the policy's. */
export function holdsFirm(text: string): boolean {
  return holdingFirm.test(normalizeForMatching(text));
}
