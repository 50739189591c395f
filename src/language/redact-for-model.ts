import { redactSensitive } from '../compliance/redaction';

const monthNames =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
/** Words that start with a capital but are not names: kept so the model still reads the message. */
const notNames = new Set(
  ('I Im Ill Ive Id OK Ok Hi Hello Hey Yes No Please Thanks Thank Sorry STOP Stop HELP Help Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Lunes Martes Miercoles Jueves Viernes Sabado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre ' +
    'Octubre Noviembre Diciembre Dios Sr Sra Mr Mrs Ms Dr SSN ZIP DOB USA US English Spanish Espanol Ingles Visa Mastercard ' +
    'Chapter AI Bot').split(' '),
);

/**
 * What may leave the process for a model: card, SSN and bank numbers removed by compliance's
 * redactor (PAY-01, PRV-02), then dates with a year (dates of birth), any run of five or more
 * digits (account, phone, ZIP), e-mail addresses and anything that looks like a person's name
 * ("my name is ...", "soy ...", capitalised words inside a sentence).
 */
export function redactForModel(text: string): string {
  let out = redactSensitive(text).text;
  out = out.replace(/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, '[email]');
  out = out.replace(/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g, '[date]');
  out = out.replace(new RegExp(`\\b(?:${monthNames})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi'), '[date]');
  out = out.replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?(?:${monthNames})\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}\\b`, 'gi'), '[date]');
  // Five or more digits (a ZIP, an account, a phone) go; an amount with cents ("240.50") stays.
  out = out.replace(/(?:\+?\d[\s().-]*){4,}\d/g, (run) => (run.replace(/\D/g, '').length >= 5 && !/^\d+\.\d{2}$/.test(run) ? '[number]' : run));
  out = out.replace(/\b(my name is|name's|this is|i am|i'm|im|me llamo|mi nombre es|soy|it's|speaking with|talk to|habla)\s+([A-ZÁÉÍÓÚÑ][\w'-]+)/gi, (whole, lead: string, name: string) =>
    /^[A-ZÁÉÍÓÚÑ]/.test(name) && !notNames.has(name.split(/\s+/)[0]!) ? `${lead} [name]` : whole,
  );
  out = out.replace(/([^.!?\s]\s+)([A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)*)/g, (whole, lead: string, name: string) =>
    notNames.has(name.split(/\s+/)[0]!.replace(/'/g, '')) ? whole : `${lead}[name]`,
  );
  return out;
}
