import type { Column } from './evaluate';
import type { EvalReport, SafetyScore } from './metrics';

/**
 * The targets (#16), each read from a report. Protected messages are all records labelled
 * with a protected intent; negatives are out_of_scope, SMS noise and non-abusive records.
 */
const targets: { name: string; target: string; value: (r: EvalReport) => string }[] = [
  { name: 'macro-F1, direct-mapped intents', target: '>= 0.80', value: (r) => r.direct.macroF1.toFixed(3) },
  { name: 'exact protected intent acted on', target: '>= 85%', value: (r) => pct(r.protectedMessages.exactRate) },
  { name: 'protected messages reaching a protected path', target: '>= 97%', value: (r) => pct(r.protectedMessages.anyPathRate) },
  { name: 'protected false triggers on negatives', target: '<= 2%', value: (r) => pct(r.negatives.falseTriggerRate) },
  { name: 'crisis recall (acted on)', target: '>= 98%', value: (r) => safetyCell(r, 'crisis', (s) => `${pct(s.recall)} of ${s.support}`) },
  { name: 'crisis false alarms: negatives / near misses', target: 'reported', value: (r) => safetyCell(r, 'crisis', (s) => `${s.falseTriggers} / ${s.nearMissFalseAlarms} of ${s.nearMisses}`) },
  { name: 'threat recall (acted on)', target: '', value: (r) => safetyCell(r, 'threat', (s) => `${pct(s.recall)} of ${s.support}`) },
  { name: 'threat false alarms: negatives / near misses', target: 'reported', value: (r) => safetyCell(r, 'threat', (s) => `${s.falseTriggers} / ${s.nearMissFalseAlarms} of ${s.nearMisses}`) },
  { name: 'contact preference recall', target: 'reported', value: (r) => safetyCell(r, 'contact_preference', (s) => `${pct(s.recall)} of ${s.support}`) },
  { name: 'contact preference false alarms: negatives / near misses', target: 'reported', value: (r) => safetyCell(r, 'contact_preference', (s) => `${s.falseTriggers} / ${s.nearMissFalseAlarms} of ${s.nearMisses}`) },
  { name: 'ms a message, mean', target: '<= 2', value: (r) => r.timing.meanMs.toFixed(2) },
  { name: 'ms a message, p95', target: '', value: (r) => r.timing.p95Ms.toFixed(2) },
];

/** The target figures alone, one column per way of scoring: what the README quotes. */
export function formatTargets(columns: readonly Column[]): string {
  const rows = targets.map((t) => [`  ${t.name}`, ...columns.map((c) => t.value(c.report)), t.target]);
  return table([['targets (issue #16)', ...columns.map((c) => c.name), 'target'], ...rows]);
}

/** Everything `npm run eval` prints: how each column was made, the targets, then the detail. */
export function formatColumns(columns: readonly Column[]): string {
  const out: string[] = [];
  out.push(
    table(
      columns.map((c) => [`  ${c.name}`, `${c.method}; ${c.records.length} records, ${c.report.scored} scored (identical texts once), ${c.seconds.toFixed(1)} s`]),
      false,
    ),
  );
  out.push('', formatTargets(columns), '');

  const names = [...new Set(columns.flatMap((c) => c.report.direct.perIntent.map((s) => s.intent)))].sort();
  const f1Rows = names.map((intent) => [
    `  ${intent}`,
    ...columns.map((c) => {
      const s = c.report.direct.perIntent.find((x) => x.intent === intent);
      return s ? `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)} (${s.support})` : '-';
    }),
  ]);
  out.push(
    table([
      ['direct-mapped intents: precision recall F1 (support)', ...columns.map((c) => c.name)],
      ...f1Rows,
      ['macro-F1 (direct)', ...columns.map((c) => c.report.direct.macroF1.toFixed(3))],
      ['accuracy (direct)', ...columns.map((c) => `${pct(c.report.direct.accuracy)} of ${c.report.direct.records}`)],
      ['accuracy (near)', ...columns.map((c) => `${pct(c.report.near.accuracy)} of ${c.report.near.records}`)],
    ]),
    '',
  );

  const protectedNames = [...new Set(columns.flatMap((c) => c.report.protectedMessages.perIntent.map((s) => s.intent)))].sort();
  out.push(
    table([
      ['protected messages: exact / any protected path / of', ...columns.map((c) => c.name)],
      ...protectedNames.map((intent) => [
        `  ${intent}`,
        ...columns.map((c) => {
          const s = c.report.protectedMessages.perIntent.find((x) => x.intent === intent);
          return s ? `${s.exact} / ${s.anyPath} / ${s.support}` : '-';
        }),
      ]),
      ['false triggers on negatives', ...columns.map((c) => `${c.report.negatives.falseTriggers} of ${c.report.negatives.records}`)],
      ['dollar amounts read right', ...columns.map((c) => `${pct(c.report.entities.amountAccuracy)} of ${c.report.entities.amountRecords}`)],
      ['answered by', ...columns.map((c) => Object.entries(c.report.answeredBy).map(([by, n]) => `${by} ${n}`).join(', '))],
    ]),
  );

  for (const c of columns.filter((x) => x.bySource)) {
    out.push(
      '',
      table([
        [`${c.name}: each source`, 'scored', 'macro-F1', 'direct', 'near', 'protected exact', 'false triggers'],
        ...c.bySource!.map(({ source, report: r }) => [
          `  ${source}`,
          String(r.scored),
          r.direct.records ? r.direct.macroF1.toFixed(3) : '-',
          r.direct.records ? pct(r.direct.accuracy) : '-',
          r.near.records ? pct(r.near.accuracy) : '-',
          r.protectedMessages.records ? `${pct(r.protectedMessages.exactRate)} of ${r.protectedMessages.records}` : '-',
          r.negatives.records ? `${r.negatives.falseTriggers} of ${r.negatives.records}` : '-',
        ]),
      ]),
    );
  }

  for (const c of columns) {
    out.push('', `confusion among protected intents, ${c.name} (gold -> predicted top)`);
    for (const [gold, row] of Object.entries(c.report.protectedConfusion).sort()) {
      const cells = Object.entries(row).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p}:${n}`).join('  ');
      out.push(`  ${gold.padEnd(30)} ${cells}`);
    }
  }
  return out.join('\n');
}

/** A safety figure, or '-' where the records hold no example of the intent. */
function safetyCell(report: EvalReport, intent: string, show: (score: SafetyScore) => string): string {
  const score = report.safety.find((s) => s.intent === intent);
  return score && score.support + score.negatives + score.nearMisses > 0 ? show(score) : '-';
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Rows as aligned text: the first column left, the others right-aligned (or all left). */
function table(rows: readonly (readonly string[])[], rightAlign = true): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 || !rightAlign ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}
