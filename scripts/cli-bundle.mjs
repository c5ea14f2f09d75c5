// The bundled CLI that `npm run gavel` and the tests run: electron/cli/main.ts built by esbuild into
// out/cli/ (code behind a dynamic import() becomes its own chunk, loaded only by the commands that
// need it). Rebuilt only when a source file is newer than it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'out/cli/gavel.js');
const SOURCES = ['electron', 'shared', 'package.json', 'package-lock.json', 'scripts/cli-bundle.mjs'].map((entry) => path.join(root, entry));

/**
 * Packages left in node_modules: the native SQLite binding, and the provider SDKs with their HTTP
 * stacks (large, and loaded only once a run calls a model). Every other dependency is bundled in:
 * resolving and reading dozens of package files at each start cost more than the code itself.
 */
const EXTERNAL = [
  'better-sqlite3',
  'openai',
  '@aws-sdk/*',
  '@smithy/*',
  'undici',
  'https-proxy-agent',
  'proxy-from-env',
];
/** Bundled CommonJS packages call require() for Node's built-ins, which an ES module lacks. */
const REQUIRE_SHIM =
  "import { createRequire as gavelCreateRequire } from 'node:module'; const require = gavelCreateRequire(import.meta.url);";

function newestChange(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

function isFresh() {
  if (!fs.existsSync(CLI_BUNDLE)) return false;
  const built = fs.statSync(CLI_BUNDLE).mtimeMs;
  return SOURCES.every((entry) => newestChange(entry) <= built);
}

/** Builds the CLI bundle unless it is newer than every source; returns its path. */
export async function ensureCliBundle() {
  if (isFresh()) return CLI_BUNDLE;
  // Built aside and renamed, so a process starting meanwhile never loads half a bundle.
  fs.mkdirSync(path.join(root, 'out'), { recursive: true });
  const staging = fs.mkdtempSync(path.join(root, 'out', '.cli-'));
  try {
    await esbuild.build({
      entryPoints: { gavel: path.join(root, 'electron/cli/main.ts') },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL,
      banner: { js: REQUIRE_SHIM },
      jsx: 'automatic',
      sourcemap: 'linked',
      // Less to parse at every start; the linked source map still names the sources.
      minify: true,
      logLevel: 'error',
    });
    fs.rmSync(path.dirname(CLI_BUNDLE), { recursive: true, force: true });
    fs.renameSync(staging, path.dirname(CLI_BUNDLE));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return CLI_BUNDLE;
}
