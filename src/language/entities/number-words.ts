/**
 * Numbers written as words, English and Spanish, up to the thousands: "a hundred", "two fifty"
 * is not supported (ambiguous), "one hundred fifty", "cien", "doscientos cincuenta", "mil".
 * Works on folded text (no accents). Returns whole units, never fractions.
 */
const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintidos: 22, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
  novecientos: 900, novecientas: 900,
};
const multipliers: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000, k: 1000, mil: 1000 };
const joiners = new Set(['and', 'y', 'a']);

export interface NumberWordMatch {
  value: number;
  start: number;
  end: number;
}

/** Every run of number words in folded text, with its character span. */
export function findNumberWords(folded: string): NumberWordMatch[] {
  const words = [...folded.matchAll(/[a-z]+/g)];
  const found: NumberWordMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]![0];
    const startsRun = first in units || first === 'hundred' || first === 'thousand' || first === 'mil' ||
      (first === 'a' && (words[i + 1]?.[0] === 'hundred' || words[i + 1]?.[0] === 'thousand' || words[i + 1]?.[0] === 'grand'));
    if (!startsRun) {
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let seen = false;
    let j = i;
    let lastEnd = words[i]!.index!;
    for (; j < words.length; j++) {
      const word = words[j]![0];
      const gap = folded.slice(lastEnd, words[j]!.index!);
      if (j > i && !/^[\s-]*$/.test(gap)) break;
      if (word in units) {
        current += units[word]!;
        seen = true;
      } else if (word in multipliers && (seen || word === 'mil' || words[j - 1]?.[0] === 'a')) {
        const m = multipliers[word]!;
        if (m === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * m;
          current = 0;
        }
        seen = true;
      } else if (joiners.has(word) && seen && words[j + 1] && words[j + 1]![0] in units) {
        // "one hundred and fifty", "treinta y cinco"
      } else if (word === 'a' && !seen) {
        // "a hundred"
      } else break;
      lastEnd = words[j]!.index! + word.length;
    }
    if (seen) found.push({ value: total + current, start: words[i]!.index!, end: lastEnd });
    i = Math.max(j, i + 1);
  }
  return found;
}
