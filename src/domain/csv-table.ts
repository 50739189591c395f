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

/** One record as csv-parse gives it with `info: true`. */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** How every table file is parsed: byte-order mark dropped, ragged rows kept for the reader to report. */
export const csvParseOptions = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true } as const;

/** csv-parse miscounts lines after a blank CRLF line, so line endings are unified before parsing. */
export const unifiedLineEndings = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The CSV files operators hand us: a header naming known columns, then rows. Whole-file problems
 * (unreadable CSV, an unknown, missing or repeated column) throw; a row with the wrong number of
 * fields is reported with its line and the rest still read. Blank lines are skipped.
 */
export function readCsvTable(text: string, rules: CsvFileRules): { rows: CsvRow[]; problems: CsvRowProblem[] } {
  const reader = new CsvTableReader(rules);
  const rows: CsvRow[] = [];
  const problems: CsvRowProblem[] = [];
  for (const { record, info } of readRecords(text, rules.errorCode)) {
    const read = reader.read(record, info.lines);
    if (read && 'row' in read) rows.push(read.row);
    else if (read) problems.push(read.problem);
  }
  reader.finish();
  return { rows, problems };
}

/**
 * The same rules one record at a time, for a file parsed in chunks (a large import): the first
 * record is the header, checked as readCsvTable checks it (throwing on whole-file problems).
 */
export class CsvTableReader {
  private header: string[] | null = null;

  constructor(private readonly rules: CsvFileRules) {}

  /** A data row, a row that cannot be read, or null for the header and blank lines. */
  read(record: string[], endLine: number): { row: CsvRow } | { problem: CsvRowProblem } | null {
    if (this.header === null) {
      this.header = readHeader(record, this.rules);
      return null;
    }
    if (record.every((value) => value.trim() === '')) return null;
    // endLine is where the record ends; quoted line breaks inside it move its start up.
    const line = endLine - record.reduce((breaks, value) => breaks + value.split('\n').length - 1, 0);
    const header = this.header;
    if (record.length !== header.length) {
      return { problem: { line, column: '(row)', message: `has ${record.length} fields but the header has ${header.length} (an unquoted comma?)` } };
    }
    return { row: { line, cells: Object.fromEntries(header.map((column, index) => [column, (record[index] ?? '').trim()])) } };
  }

  /** Throws when the file ended without even a header. */
  finish(): void {
    if (this.header === null) throw new DomainError(this.rules.errorCode, 'the file is empty: a header row is required', 'invalid');
  }
}

function readRecords(text: string, errorCode: string): CsvRecord[] {
  try {
    return parse(unifiedLineEndings(text), csvParseOptions) as unknown as CsvRecord[];
  } catch (error) {
    throw unreadableCsv(errorCode, error);
  }
}

/** csv-parse's own error, as the whole-file problem it is. */
export function unreadableCsv(errorCode: string, error: unknown): DomainError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DomainError(errorCode, `the file is not readable CSV: ${reason}`, 'invalid');
}

function readHeader(record: readonly string[], rules: CsvFileRules): string[] {
  const known = [...rules.required, ...rules.optional];
  const header = record.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new DomainError(rules.errorCode, `the header names column "${name}" twice`, 'invalid');
    seen.add(name);
    // A misspelt optional column would silently fall back to its default (a "stauts" column
    // would leave a bankrupt debtor "active"), so an unknown column stops the import.
    if (!known.includes(name)) {
      throw new DomainError(rules.errorCode, `unknown column "${name}" in the header; the columns are ${known.join(', ')}`, 'invalid');
    }
  }
  for (const column of rules.required) {
    if (!seen.has(column)) throw new DomainError(rules.errorCode, `required column "${column}" is missing from the header`, 'invalid');
  }
  return header;
}
