#!/usr/bin/env node
// The `gavel` command once built (`npm run build`); from a checkout, `npm run gavel -- …` needs no build.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!fs.existsSync(cli)) {
  console.error('gavel: not built yet: run `npm run build` first (or use `npm run gavel -- …` from the checkout).');
  process.exit(1);
}
await import(cli);
