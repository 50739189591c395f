/**
 * A pure function that keeps its last `max` answers by input: for readings a turn asks for again
 * and again on the same input (the debtor's text, their number, their zones). Oldest answer out
 * first; the bound keeps memory flat whatever strangers send.
 */
export function remembered<A, R>(max: number, compute: (input: A) => R): (input: A) => R {
  const answers = new Map<A, R>();
  return (input) => {
    if (answers.has(input)) return answers.get(input) as R;
    const answer = compute(input);
    if (answers.size >= max) answers.delete(answers.keys().next().value as A);
    answers.set(input, answer);
    return answer;
  };
}
