import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config';
import { DataFileError, loadPolicyFile, loadPortfolioFile } from '../../src/data-files';

const dir = mkdtempSync(join(tmpdir(), 'amicable-data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(contents: string, extension: string): string {
  const path = join(dir, `file-${++fileCount}.${extension}`);
  writeFileSync(path, contents);
  return path;
}

const samplePolicy = JSON.parse(readFileSync('data/policy.json', 'utf8')) as Record<string, any>;
const policyWith = (edit: (policy: Record<string, any>) => void) => {
  const policy = structuredClone(samplePolicy);
  edit(policy);
  return file(JSON.stringify(policy), 'json');
};

async function failure(load: Promise<unknown>): Promise<DataFileError> {
  const error = await load.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DataFileError)) throw new Error(`expected a DataFileError, got ${String(error)}`);
  return error;
}

describe('policy file', () => {
  it('loads the sample policy, amounts in cents', async () => {
    const policy = await loadPolicyFile('data/policy.json');
    expect(policy.creditor.name).toBe('Northwind Energy');
    expect(policy.plans.minInstallment).toBe(2500);
    expect(policy.promiseToPay.minAmount).toBe(1000);
  });

  it('rejects an unknown field, naming it by its path', async () => {
    const path = policyWith((p) => {
      p.verification.maxTries = 3;
      p.colour = 'blue';
    });
    const error = await failure(loadPolicyFile(path));
    expect([...error.problems].sort()).toEqual([`POLICY_FILE ${path}: colour: unknown field`, `POLICY_FILE ${path}: verification.maxTries: unknown field`]);
    expect(error.code).toBe('invalid_policy');
  });

  it('rejects a time that is not HH:MM', async () => {
    const path = policyWith((p) => {
      p.contact.windowEnd = '25:00';
    });
    expect((await failure(loadPolicyFile(path))).problems).toEqual([`POLICY_FILE ${path}: contact.windowEnd: a time "HH:MM"`]);
  });

  it('rejects a missing field, one line each', async () => {
    const path = policyWith((p) => {
      delete p.creditor.name;
      delete p.promiseToPay;
    });
    expect((await failure(loadPolicyFile(path))).problems).toEqual([
      `POLICY_FILE ${path}: creditor.name: required field is missing`,
      `POLICY_FILE ${path}: promiseToPay: required field is missing`,
    ]);
  });

  it('rejects a wrongly typed field with what was expected', async () => {
    const path = policyWith((p) => {
      p.plans.minInstallment = 25;
    });
    expect((await failure(loadPolicyFile(path))).problems).toEqual([`POLICY_FILE ${path}: plans.minInstallment: Invalid input: expected string, received number`]);
  });

  it('names array positions in the path', async () => {
    const path = policyWith((p) => {
      p.settlement.tiers[1].maxDiscountPercent = 95;
    });
    expect((await failure(loadPolicyFile(path))).problems[0]).toMatch(new RegExp(`^POLICY_FILE ${path}: settlement\\.tiers\\[1\\]\\.maxDiscountPercent: `));
  });

  it('gives the specialist\'s authority and the dispute clock their defaults, and reads them when given', async () => {
    const sample = await loadPolicyFile('data/policy.json');
    expect(sample.specialist).toEqual({ maxMonths: 24, maxDiscountPercent: 40, approvalAbove: 50_000 });
    expect(sample.disputes).toEqual({ responseDays: 30 });
    const path = policyWith((p) => {
      p.specialist = { maxMonths: 36, approvalAbove: '250.00' };
      p.disputes = { responseDays: 15 };
    });
    const policy = await loadPolicyFile(path);
    expect(policy.specialist).toEqual({ maxMonths: 36, maxDiscountPercent: 40, approvalAbove: 25_000 });
    expect(policy.disputes.responseDays).toBe(15);
  });

  it('rejects unknown or out-of-range specialist fields', async () => {
    const unknown = policyWith((p) => {
      p.specialist = { maxMonths: 24, canWaiveEverything: true };
    });
    expect((await failure(loadPolicyFile(unknown))).problems[0]).toMatch(/specialist\.canWaiveEverything: unknown field$/);
    const tooDeep = policyWith((p) => {
      p.specialist = { maxDiscountPercent: 95 };
    });
    expect((await failure(loadPolicyFile(tooDeep))).problems[0]).toMatch(/specialist\.maxDiscountPercent: /);
  });

  it('reports JSON that does not parse as one line', async () => {
    const path = file('{ "creditor": ', 'json');
    const problems = (await failure(loadPolicyFile(path))).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^POLICY_FILE ${path}: is not valid JSON: `));
  });

  it('tolerates a byte order mark', async () => {
    const path = file('\uFEFF' + readFileSync('data/policy.json', 'utf8'), 'json');
    await expect(loadPolicyFile(path)).resolves.toMatchObject({ creditor: { name: 'Northwind Energy' } });
  });

  it('reports a missing file, as a configuration problem the start prints', async () => {
    const error = await failure(loadPolicyFile(join(dir, 'nope.json')));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems).toEqual([`POLICY_FILE ${join(dir, 'nope.json')}: cannot be read: no such file`]);
  });
});

describe('portfolio file', () => {
  it('loads the sample portfolio with 0 rejected', async () => {
    const portfolio = await loadPortfolioFile('data/sample-portfolio.csv');
    expect(portfolio.counts).toEqual({ rows: 6, loaded: 6, rejected: 0 });
  });

  it('returns rejected rows alongside the accounts that loaded', async () => {
    const path = file(
      'account_id,first_name,last_name,phone,date_of_birth,zip,current_balance\nNW-1,Maria,Lopez,+15125550101,1985-03-14,78701,1.00\nNW-2,Ana,Ruiz,+15125550102,1980-01-01,7870,2.00\n',
      'csv',
    );
    const portfolio = await loadPortfolioFile(path);
    expect(portfolio.accounts.map((a) => a.id)).toEqual(['NW-1']);
    expect(portfolio.rejected).toEqual([{ line: 3, column: 'zip', message: 'must be a 5-digit ZIP code (leading zeros kept, e.g. 02108)' }]);
  });

  it('stops on a missing required column, naming the variable, file and column', async () => {
    const path = file('account_id,first_name,last_name,phone,date_of_birth,zip\n', 'csv');
    const error = await failure(loadPortfolioFile(path));
    expect(error.code).toBe('invalid_portfolio');
    expect(error.problems).toEqual([`PORTFOLIO_FILE ${path}: required column "current_balance" is missing from the header`]);
  });

  it('reports a missing file', async () => {
    const error = await failure(loadPortfolioFile(join(dir, 'nope.csv')));
    expect(error.problems).toEqual([`PORTFOLIO_FILE ${join(dir, 'nope.csv')}: cannot be read: no such file`]);
  });
});
