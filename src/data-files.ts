import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ConfigError } from './config';
import { DomainError } from './domain/errors';
import { policySchema, type Policy } from './domain/policy';
import { parsePortfolio, type PortfolioImport } from './domain/portfolio';

/**
 * The files an operator hands Amicable at start (PORTFOLIO_FILE, POLICY_FILE). Reading is done
 * here, at the edge; parsing and the rules live in the domain. A file that cannot be used stops
 * the start like bad configuration: a ConfigError whose problems name the variable and file.
 */

/** A data file named by the configuration is missing or invalid. */
export class DataFileError extends ConfigError {
  constructor(
    readonly variable: 'PORTFOLIO_FILE' | 'POLICY_FILE',
    readonly path: string,
    problems: string[],
    code: 'invalid_portfolio' | 'invalid_policy',
  ) {
    super(
      problems.map((problem) => `${variable} ${path}: ${problem}`),
      code,
    );
  }
}

async function readText(variable: 'PORTFOLIO_FILE' | 'POLICY_FILE', path: string, code: 'invalid_portfolio' | 'invalid_policy'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new DataFileError(variable, path, [`cannot be read: ${reason}`], code);
  }
}

/**
 * Loads the accounts. Rejected rows are part of the answer, not an error: the caller reports
 * them and serves the rows that loaded. Only a whole-file problem (missing column) throws.
 */
export async function loadPortfolioFile(path: string): Promise<PortfolioImport> {
  const text = await readText('PORTFOLIO_FILE', path, 'invalid_portfolio');
  try {
    return parsePortfolio(text);
  } catch (error) {
    if (error instanceof DomainError) throw new DataFileError('PORTFOLIO_FILE', path, [error.message], 'invalid_portfolio');
    throw error;
  }
}

/** `verification.factors[2]`, or `(top level)` for the document itself. */
function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), json);
}

/** One line per problem; an unknown field is named by its own path, one line each. */
function policyProblems(json: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${jsonPath([...issue.path, key])}: unknown field`);
    if (issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined) return [`${jsonPath(issue.path)}: required field is missing`];
    return [`${jsonPath(issue.path)}: ${issue.message}`];
  });
}

/** Loads and validates the policy; every field is checked and unknown fields are refused. */
export async function loadPolicyFile(path: string): Promise<Policy> {
  const text = await readText('POLICY_FILE', path, 'invalid_policy');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows may save a BOM
  } catch (error) {
    throw new DataFileError('POLICY_FILE', path, [`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`], 'invalid_policy');
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) throw new DataFileError('POLICY_FILE', path, policyProblems(json, parsed.error.issues), 'invalid_policy');
  return parsed.data;
}
