// @ts-check
/**
 * `npm run build`: compiles src/, dialogs/ and prompts/ into dist/ and puts beside the compiled
 * modules every file they read at run time, so `node dist/src/server.js` runs on production
 * dependencies alone. Plain JavaScript, because `npm start` runs it (--if-stale) in installs
 * that have neither TypeScript nor tsx.
 *
 * --if-stale: build only when dist/ is missing or older than its inputs; without TypeScript
 * (`npm ci --omit=dev`) a stale or missing dist/ stops the start instead of running old code.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.built');
const compiledDirs = ['src', 'dialogs', 'prompts'];
const inputs = [...compiledDirs, 'public', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];
const require = createRequire(import.meta.url);

/** @param {string} dir @returns {string[]} every file under dir */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => filesUnder(join(dir, entry.name)));
}

/** @param {string} path */
function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

/** @param {string} from @param {string} to */
function copyFile(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function isFresh() {
  if (!existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  return inputs.every((input) => filesUnder(join(root, input)).every((file) => statSync(file).mtimeMs <= builtAt));
}

function typescriptCompiler() {
  try {
    return require.resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

/**
 * tsc keeps import specifiers as written ('./config'), which Node's ESM loader does not complete;
 * the emitted code names the file it means ('./config.js', './offers/index.js'). A specifier
 * that matches no emitted file fails the build rather than the first request that needs it.
 * @param {string} file
 */
function completeRelativeSpecifiers(file) {
  const code = readFileSync(file, 'utf8');
  const completed = code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.?\/[^'"\n]*)\2/g, (_match, keyword, quote, specifier) => {
    const found = [`${specifier}.js`, `${specifier}/index.js`, specifier].find((candidate) => isFile(join(dirname(file), candidate)));
    if (!found) throw new Error(`${relative(root, file)}: cannot resolve ${specifier}`);
    return `${keyword}${quote}${found}${quote}`;
  });
  if (completed !== code) writeFileSync(file, completed);
}

/** Web Chat's browser bundle: its package (156 MB installed) stays a devDependency. */
function copyWebchatBundle() {
  // The package's exports hide dist/, so find the bundle from its entry point.
  const packageDir = join(dirname(require.resolve('botframework-webchat')), '..');
  copyFile(join(packageDir, 'dist', 'webchat.js'), join(dist, 'public', 'vendor', 'webchat.js'));
}

function build() {
  const tsc = typescriptCompiler();
  if (!tsc) {
    console.error('Cannot build dist/ (missing, or older than the sources): TypeScript, a dev dependency, is not installed.');
    console.error('Build where dev dependencies are installed (npm ci && npm run build), then install for production (npm ci --omit=dev).');
    process.exit(1);
  }
  rmSync(dist, { recursive: true, force: true });
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (compiled.status !== 0) process.exit(compiled.status ?? 1);
  for (const dir of compiledDirs) {
    for (const file of filesUnder(join(dist, dir))) if (file.endsWith('.js')) completeRelativeSpecifiers(file);
    // Run-time files beside the modules that read them relative to import.meta.url: the
    // model instructions (prompts/model/*.md), the language data and model (src/language/).
    for (const file of filesUnder(join(root, dir))) if (!file.endsWith('.ts')) copyFile(file, join(dist, relative(root, file)));
  }
  // The pages, found from dist/ as from the sources (src/channels/directline/portal-route.ts).
  for (const file of filesUnder(join(root, 'public'))) copyFile(file, join(dist, relative(root, file)));
  copyWebchatBundle();
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

if (!(process.argv.includes('--if-stale') && isFresh())) build();
