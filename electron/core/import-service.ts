// Import use cases: inspect a file (format, mapping, preview) and import it into a dataset.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ImportPreview, ImportSource, ImportSummary, ParsedInput } from '../../shared/contract';
import { GavelError } from '../../shared/result';
import type { Workspace } from '../db/open-workspace';
import type { ImportedJudge, ImportReader, ImportRecord } from '../formats/types';
import type { EventHub } from './event-hub';
import type { UploadStore } from './uploads';
import type { WriteQueue } from './write-queue';

export interface ImportServiceDeps {
  workspace: Workspace;
  writes: WriteQueue;
  events: EventHub;
  uploads: UploadStore | null;
  now: () => Date;
}

/** Rows read beyond the preview to summarise the judges and labels a file carries. */
const SUMMARY_ROWS = 1000;
const PROGRESS_INTERVAL_MS = 100;

export function createImportService(deps: ImportServiceDeps) {
  function resolveSource(source: ImportSource): { path: string; fileName: string } {
    if (source.kind === 'upload') {
      if (!deps.uploads) throw new GavelError('FORBIDDEN', 'Uploads are only available in browser mode.');
      return deps.uploads.get(source.id);
    }
    if (!fs.existsSync(source.path) || !fs.statSync(source.path).isFile()) {
      throw new GavelError('NOT_FOUND', `No file at ${source.path}.`);
    }
    return { path: source.path, fileName: path.basename(source.path) };
  }

  async function open(input: ParsedInput<'import.inspect'> | ParsedInput<'import.run'>): Promise<ImportReader> {
    const file = resolveSource(input.source);
    // The readers (CSV, streaming JSON, encodings…) load when a file is first opened.
    const { openImport } = await import('../formats');
    return openImport(file.path, {
      format: input.format,
      mapping: input.mapping,
      fileName: file.fileName,
      encoding: input.encoding,
    });
  }

  async function inspect(input: ParsedInput<'import.inspect'>): Promise<ImportPreview> {
    const reader = await open(input);
    const rows: ImportPreview['rows'] = [];
    const judges = new Map<string, { judge: ImportedJudge; verdicts: number; errors: number }>();
    let labels = 0;
    let rowsRead = 0;
    let complete = true;
    for await (const record of reader.records()) {
      if (rowsRead >= Math.max(input.previewRows, SUMMARY_ROWS)) {
        complete = false;
        break;
      }
      rowsRead++;
      if (rows.length < input.previewRows) {
        rows.push({
          row: record.row,
          key: record.key,
          item: record.item,
          verdicts: record.verdicts.length,
          labels: record.labels.length,
          answers: [...record.answers],
        });
      }
      for (const verdict of record.verdicts) {
        const id = `${verdict.judge.name}\u0000${verdict.judge.version ?? ''}`;
        const seen = judges.get(id) ?? { judge: verdict.judge, verdicts: 0, errors: 0 };
        seen.verdicts++;
        if (verdict.status === 'error') seen.errors++;
        judges.set(id, seen);
      }
      labels += record.labels.length;
    }
    return {
      fileName: reader.fileName,
      format: reader.format,
      detected: reader.detected,
      columns: reader.columns,
      mapping: reader.mapping,
      mappable: reader.mappable,
      rows,
      rowsRead,
      complete,
      judges: [...judges.values()].map(({ judge, verdicts, errors }) => ({
        name: judge.name,
        version: judge.version,
        outputType: judge.outputType,
        verdicts,
        errors,
      })),
      labels,
      columnUses: reader.columnUses,
    };
  }

  async function run(input: ParsedInput<'import.run'>): Promise<ImportSummary> {
    const reader = await open(input);
    const fileSha256 = await sha256(resolveSource(input.source).path);
    const dataset = input.dataset ?? { name: path.parse(reader.fileName).name || reader.fileName };
    const jobId = input.jobId;
    let bytes = 0;
    let lastProgress = 0;
    const progress = (rows: number, force = false) => {
      const now = Date.now();
      if (!jobId || (!force && now - lastProgress < PROGRESS_INTERVAL_MS)) return;
      lastProgress = now;
      deps.events.emit({ type: 'import.progress', jobId, rows, bytes, totalBytes: reader.totalBytes });
    };
    let errors = 0;
    const tracked: ImportReader = {
      ...reader,
      records: () =>
        countErrors(
          reader.records((read) => (bytes = read)),
          () => errors++,
        ),
    };

    const now = deps.now().toISOString();
    const writeOptions = { onRows: (rows: number) => progress(rows), yieldToEventLoop };
    // The writers load with the first import, not with the core.
    const { writeImport } = await import('../db/import-writer');
    const { isGavelReader } = await import('../formats/gavel/reader');
    const { restoreGavel } = await import('../formats/gavel/restore');
    const summary = await deps.writes.run(() =>
      isGavelReader(reader)
        ? // Gavel JSONL names its own datasets; a dataset the caller chose explicitly takes every item.
          restoreGavel(
            deps.workspace.writer,
            { ...reader, lines: () => reader.lines((read) => (bytes = read)) },
            { dataset: input.dataset, fileSha256, now },
            writeOptions,
          )
        : writeImport(deps.workspace.writer, tracked, { dataset, fileSha256, now }, writeOptions),
    );
    bytes = reader.totalBytes;
    progress(summary.rows, true);
    deps.events.emit({ type: 'workspace.changed' });
    return { ...summary, errors, columnUses: reader.columnUses };
  }

  return { inspect, run };
}

/** Passes records through, calling `onError` for each failed judge call they carry. */
async function* countErrors(records: AsyncIterable<ImportRecord>, onError: () => void): AsyncGenerator<ImportRecord> {
  for await (const record of records) {
    for (const verdict of record.verdicts) if (verdict.status === 'error') onError();
    yield record;
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function sha256(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(filePath), hash);
  return hash.digest('hex');
}
