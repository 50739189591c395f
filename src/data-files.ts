import { readFile } from 'node:fs/promises';
import { ConfigError } from './config';
import { DomainError } from './domain/errors';
import { policySchema, type Policy } from './domain/policy';
import { parsePortfolio, type PortfolioImport } from './domain/portfolio';

async function readText(path: string, variable: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${variable}: cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
}

/** The policy file, validated field by field; unknown fields are rejected. */
export async function loadPolicyFile(path: string): Promise<Policy> {
  const text = await readText(path, 'POLICY_FILE');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`POLICY_FILE: "${path}" is not valid JSON (${(error as Error).message})`]);
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `POLICY_FILE: ${issue.path.join('.') || '(top level)'}: ${issue.message}`));
  }
  return parsed.data;
}

/** The portfolio CSV: bad rows are reported and skipped, a file without required columns stops the start. */
export async function loadPortfolioFile(path: string): Promise<PortfolioImport> {
  const text = await readText(path, 'PORTFOLIO_FILE');
  try {
    return parsePortfolio(text);
  } catch (error) {
    if (error instanceof DomainError) throw new ConfigError([`PORTFOLIO_FILE: ${error.message}`]);
    throw error;
  }
}
