import { parse } from 'csv-parse/sync';
import { DomainError } from './errors';

/** One data row: its cells by (lower-cased) column name, and its line in the file (header = 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A row that cannot be read as the header says; the caller reports it with its line. */
export interface CsvRowProblem {
  line: number;
  column: string;
  message: string;
}

export interface CsvFileRules {
  /** The DomainError code for whole-file problems, e.g. 'invalid_portfolio'. */
  errorCode: string;
  required: readonly string[];
  optional: readonly string[];
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * The CSV files operators hand us: a header naming known columns, then rows. Whole-file problems
 * (unreadable CSV, an unknown, missing or repeated column) throw; a row with the wrong number of
 * fields is reported with its line and the rest still read. Blank lines are skipped.
 */
export function readCsvTable(text: string, rules: CsvFileRules): { rows: CsvRow[]; problems: CsvRowProblem[] } {
  const [headerRecord, ...records] = readRecords(text, rules.errorCode);
  if (!headerRecord) throw new DomainError(rules.errorCode, 'the file is empty: a header row is required');
  const header = readHeader(headerRecord.record, rules);
  const rows: CsvRow[] = [];
  const problems: CsvRowProblem[] = [];
  for (const { record, info } of records) {
    if (record.every((value) => value.trim() === '')) continue;
    // info.lines is where the record ends; quoted line breaks inside it move its start up.
    const line = info.lines - record.reduce((breaks, value) => breaks + value.split('\n').length - 1, 0);
    if (record.length !== header.length) {
      problems.push({ line, column: '(row)', message: `has ${record.length} fields but the header has ${header.length} (an unquoted comma?)` });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((column, index) => [column, (record[index] ?? '').trim()])) });
  }
  return { rows, problems };
}

function readRecords(text: string, errorCode: string): CsvRecord[] {
  try {
    // Line endings are unified first: csv-parse miscounts lines after a blank CRLF line.
    return parse(text.replace(/\r\n?/g, '\n'), { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError(errorCode, `the file is not readable CSV: ${reason}`);
  }
}

function readHeader(record: readonly string[], rules: CsvFileRules): string[] {
  const known = [...rules.required, ...rules.optional];
  const header = record.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new DomainError(rules.errorCode, `the header names column "${name}" twice`);
    seen.add(name);
    // A misspelt optional column would silently fall back to its default (a "stauts" column
    // would leave a bankrupt debtor "active"), so an unknown column stops the import.
    if (!known.includes(name)) {
      throw new DomainError(rules.errorCode, `unknown column "${name}" in the header; the columns are ${known.join(', ')}`);
    }
  }
  for (const column of rules.required) {
    if (!seen.has(column)) throw new DomainError(rules.errorCode, `required column "${column}" is missing from the header`);
  }
  return header;
}
