// Finds the built renderer whether running from source (tsx) or from the bundle in out/main.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GavelError } from '../../shared/result';

export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    env.GAVEL_RENDERER_DIR,
    path.resolve(here, '../renderer'), // out/main → out/renderer
    path.resolve(here, '../../out/renderer'), // electron/server → out/renderer
  ].filter((dir): dir is string => dir !== undefined);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new GavelError('NOT_FOUND', 'The renderer is not built yet: run `npm run build` first.');
  return found;
}
