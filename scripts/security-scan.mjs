// Static security scan of the Electron shell with Electronegativity (`npm run security:scan`, part
// of `npm run lint`). Prints every finding with its severity and fails on any HIGH one, or on a
// file it could not parse (a file not parsed is a file not checked).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// The code that configures Electron, the page whose CSP it enforces, and the Electron version.
const SCANNED = ['electron/shell', 'electron/preload.ts', 'renderer/index.html', 'package.json'];
// Needs Electron's release list from the internet; the Electron version is pinned in
// package-lock.json and kept current through npm, which is where security releases arrive.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

// Electronegativity also asks the internet for updated translations on every run. The scan must
// not depend on the network, so that request fails at once and its bundled English texts are used.
const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const got = require.resolve('got', { paths: [path.join(scanner, 'dist', 'locales')] });
require.cache[got] = { id: got, filename: got, loaded: true, exports: () => Promise.reject(new Error('offline')) };
const electronegativity = require('@doyensec/electronegativity');

const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-security-scan-'));
try {
  for (const entry of SCANNED) fs.cpSync(path.join(root, entry), path.join(staging, entry), { recursive: true });
  const { errors, issues } = await electronegativity({
    input: staging,
    isRelative: true,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersionOverride: require('electron/package.json').version,
    parserPlugins: [],
  });

  const bySeverity = Object.fromEntries(SEVERITIES.map((name) => [name, 0]));
  const ordered = issues.toSorted((a, b) => b.severity.value - a.severity.value);
  for (const issue of ordered) {
    bySeverity[issue.severity.name] += 1;
    const where = issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.location.line}`;
    const review = issue.manualReview ? ' (manual review)' : '';
    console.log(`${issue.severity.name.padEnd(13)} ${issue.id.padEnd(28)} ${where}${review}`);
    console.log(`${' '.repeat(14)}${issue.description}`);
  }
  const unparsed = errors.filter((error) => !error.tolerable);
  for (const error of unparsed) console.error(`Could not scan ${error.file}: ${error.message}`);

  console.log(
    `Electronegativity: ${SEVERITIES.map((name) => `${bySeverity[name]} ${name.toLowerCase()}`).join(', ')}.`,
  );
  if (bySeverity.HIGH > 0 || unparsed.length > 0) process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
