// Shared by the importer tests: fixtures, temporary files, reading every record.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { openImport, type ImportReader, type ImportRecord } from '../../../electron/formats';
import type { GavelError } from '../../../shared/result';

export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** A file other tools' users published, read in place from the reference folder beside the repo. */
export const realFile = (name: string) =>
  fileURLToPath(new URL(`../../../../shared/fixtures/real/${name}`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'gavel-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into this run's temp dir and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Options = Parameters<typeof openImport>[1];

export async function readAll(
  path: string,
  options?: Options,
): Promise<{ reader: ImportReader; records: ImportRecord[] }> {
  const reader = await openImport(path, options);
  const records: ImportRecord[] = [];
  for await (const record of reader.records()) records.push(record);
  return { reader, records };
}

/** The error opening or reading the file throws; fails the test if there is none. */
export async function rejection(path: string, options?: Options): Promise<GavelError> {
  try {
    await readAll(path, options);
  } catch (e) {
    return e as GavelError;
  }
  throw new Error(`expected ${path} to be rejected`);
}

/** Rejection message of a file written with the given content. */
export async function rejectionOf(name: string, content: string | Uint8Array, options?: Options): Promise<string> {
  const e = await rejection(tempFile(name, content), options);
  if (e.code !== 'IMPORT_REJECTED') throw new Error(`expected IMPORT_REJECTED, got ${e.code}: ${e.message}`);
  return e.message;
}
