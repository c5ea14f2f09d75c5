// Before any test: the bundled CLI the tests run as a user would (rebuilt only when sources changed).
// @ts-expect-error — a plain ES module script without type declarations
import { ensureCliBundle } from '../scripts/cli-bundle.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBundle();
}
