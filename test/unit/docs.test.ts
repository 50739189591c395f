import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

const fencedCode = /^```[^\n]*\n[\s\S]*?^```/gm;
const inlineCode = /`[^`\n]+`/g;
const link = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi;
const url = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
const parentPath = /(?:^|[\s(`'"])(\.\.\/[\w./-]*)/g;

/**
 * What is wrong with the links of one document (a path relative to the repository): a link or
 * URL that leaves the repository, a link to a file that is not there, or a path in the text that
 * climbs out of the repository (`../shared/...`: a clone has none of it).
 */
function linkProblems(document: string, markdown: string, fileExists: (path: string) => boolean): string[] {
  const prose = markdown.replace(fencedCode, '').replace(inlineCode, '');
  const problems: string[] = [];
  const inside = (target: string) => {
    const path = relative(root, resolve(root, dirname(document), target));
    return path.startsWith('..') ? null : path;
  };
  for (const match of prose.matchAll(link)) {
    const target = match[1] ?? match[2] ?? '';
    if (target.startsWith('#')) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      problems.push(`${document}: links outside the repository: ${target}`);
      continue;
    }
    const path = inside(decodeURI(target.replace(/#.*$/, '')));
    if (path === null) problems.push(`${document}: links outside the repository: ${target}`);
    else if (!fileExists(path)) problems.push(`${document}: links to a missing file: ${target}`);
  }
  for (const match of prose.replace(link, '').matchAll(url)) problems.push(`${document}: names a URL outside the repository: ${match[0]}`);
  for (const match of markdown.matchAll(parentPath)) {
    if (inside(match[1]!) === null) problems.push(`${document}: names a path outside the repository: ${match[1]}`);
  }
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const ruleId = /\b(?:RF|TC|ST|PAY|PRV|FL|AI)-\d{2}\b/g;

describe('README and docs link only inside the repository', () => {
  it.each(documents)('%s links to files that exist, all inside the repository', (document) => {
    const markdown = readFileSync(join(root, document), 'utf8');
    expect(linkProblems(document, markdown, (path) => existsSync(join(root, path)))).toEqual([]);
  });

  it('finds a link out of the repository, a missing file, a web URL and a path that climbs out', () => {
    const markdown = [
      'Rules in [RULES.md](../shared/compliance/RULES.md), the [guide](docs/guide.md#start),',
      'the [vitest docs](https://vitest.dev/guide/projects) and https://example.com/x,',
      'formats in `../shared/CONTRACT.md`, a [section](#figures) and [the code](src/server.ts).',
      '```sh',
      'curl http://localhost:3978/healthz',
      '```',
    ].join('\n');
    expect(linkProblems('README.md', markdown, (path) => path === 'src/server.ts')).toEqual([
      'README.md: links outside the repository: ../shared/compliance/RULES.md',
      'README.md: links to a missing file: docs/guide.md#start',
      'README.md: links outside the repository: https://vitest.dev/guide/projects',
      'README.md: names a URL outside the repository: https://example.com/x,',
      'README.md: names a path outside the repository: ../shared/compliance/RULES.md',
      'README.md: names a path outside the repository: ../shared/CONTRACT.md',
    ]);
  });

  it('resolves a link from docs/ against docs/', () => {
    expect(linkProblems('docs/compliance.md', 'proved by [a test](../test/unit/docs.test.ts)', (path) => path === 'test/unit/docs.test.ts')).toEqual([]);
  });
});

describe('docs/compliance.md', () => {
  it('explains every rule ID the code cites', () => {
    const compliance = readFileSync(join(root, 'docs/compliance.md'), 'utf8');
    const cited = new Set(['src', 'dialogs', 'prompts'].flatMap(filesUnder).flatMap((file) => readFileSync(join(root, file), 'utf8').match(ruleId) ?? []));
    expect(cited.size).toBeGreaterThan(30);
    expect([...cited].filter((id) => !new RegExp(`\\b${id}\\b`).test(compliance)).sort()).toEqual([]);
  });
});
