// Stores a stream of import records in one transaction: all or nothing.
// Re-importing the same file into the same dataset adds nothing: items are unique per
// (dataset, key), the imported runs are identified by the file's hash, judgments by
// (run, item, judge version), answers (generations) by (run, item) and imported labels by their
// source key.
import type Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import type { ImportWritten } from '../../shared/contract';
import type { ImportFormat } from '../../shared/domain';
import type { ImportReader } from '../formats/types';
import { ImportState, type ImportTarget } from './import-state';
import {
  countItems,
  datasetRefById,
  datasetRefByName,
  insertDataset,
  insertImport,
  setImportCounts,
  type DatasetRef,
} from './import-rows';
import { refreshLatestVerdictsOfRun } from './latest-verdicts';
import { sql } from './statement-cache';
import { inTransaction, writeInSlices, type WriteOptions } from './sliced-write';

export type { ImportTarget } from './import-state';

export async function writeImport(
  db: Database.Database,
  reader: ImportReader,
  target: ImportTarget,
  options: WriteOptions = {},
): Promise<ImportWritten> {
  const { dataset, state } = await inTransaction(db, async () => {
    const dataset = resolveDataset(db, target, reader.format);
    const importId = insertImport(db, {
      datasetId: dataset.id,
      fileName: reader.fileName,
      fileSha256: target.fileSha256,
      format: reader.format,
      mapping: JSON.stringify(reader.mapping),
      now: target.now,
    });
    const state = new ImportState(db, dataset.id, importId, reader, target);
    await writeInSlices(
      reader.records(),
      (record) => state.writeRecord(record),
      () => state.rows,
      options,
    );
    if (state.rows === 0) {
      throw new GavelError('IMPORT_REJECTED', `${reader.fileName}: no rows to import.`);
    }
    setImportCounts(db, importId, state.rows, state.inserted);
    if (state.runId !== null) refreshLatestVerdictsOfRun(db, state.runId);
    return { dataset, state };
  });
  return {
    dataset: { id: dataset.id, name: dataset.name, items: countItems(db, dataset.id) },
    rows: state.rows,
    inserted: state.inserted,
    unchanged: state.rows - state.inserted,
    judges: state.ids.judgeNames().sort(),
    judgments: state.judgments,
    labels: state.labels,
    answers: state.answers,
    reviewers: state.ids.reviewerNames().sort(),
    runId: state.runId,
  };
}

/** The dataset asked for, by id or by name (made when new); it records the format it came in. */
function resolveDataset(db: Database.Database, target: ImportTarget, format: ImportFormat): DatasetRef {
  const wanted = target.dataset;
  const found = 'id' in wanted ? datasetRefById(db, wanted.id) : datasetRefByName(db, wanted.name);
  if (!found) {
    if ('id' in wanted) throw new GavelError('NOT_FOUND', `No dataset with id ${wanted.id}.`);
    return insertDataset(db, wanted.name, format, target.now);
  }
  sql(db, 'UPDATE dataset SET source_format = ? WHERE id = ? AND source_format IS NULL').run(format, found.id);
  return found;
}
