// Builds an ImportReader from a format's row source: mapping, keys and records are the same for
// every format; formats only add what their rows carry beyond plain columns.
import type {
  ColumnMapping,
  ColumnUse,
  ImportFormat,
  ItemFields,
  MappingChoices,
  ModelAnswer,
} from '../../shared/domain';
import { describeJson } from './errors';
import { putOwn } from './item-values';
import { flatten } from './flatten';
import type { RowMapper } from './mapping';
import { rejectRow, type RowSource, type SourceRow } from './rows';
import { SeenKeys } from './seen-keys';
import type { SourceFile } from './source-file';
import type { ImportReader, ImportRecord, ImportedLabel, ImportedVerdict } from './types';

/** What a format makes of one row beyond its mapped columns. */
export interface PreparedRow {
  /** Columns to map; defaults to the source row's own. */
  fields?: Record<string, unknown>;
  /** Fields the format fills itself, over mapped ones. */
  item?: Partial<Omit<ItemFields, 'metadata'>>;
  /** Extra metadata, over mapped columns. */
  metadata?: Record<string, unknown>;
  /** The row's key when the format defines one (promptfoo test index). */
  key?: string;
  verdicts?: ImportedVerdict[];
  labels?: ImportedLabel[];
  /** Every model's answer, when the format's rows carry several (Bedrock `modelResponses`). */
  answers?: readonly ModelAnswer[];
}

/** What openImport knows when it hands a file to a format. */
export interface OpenContext {
  file: SourceFile;
  format: ImportFormat;
  detected: boolean;
  /** The user's choices over the detected mapping. */
  mapping?: MappingChoices;
  /** The file's first bytes as text (BOM dropped), for formats that sniff a detail. */
  head: string;
}

export interface ReaderSpec {
  file: SourceFile;
  format: ImportFormat;
  detected: boolean;
  columns: string[];
  /** The mapping as reported to the user. */
  mapping: ColumnMapping;
  mappable: boolean;
  rows: RowSource;
  /** Applies the mapping; its id column (mapping.id) keys the rows. */
  mapper: RowMapper;
  idColumn: string | undefined;
  prepare?: (src: SourceRow) => PreparedRow;
  /** What the format makes of columns beyond the mapping (verdicts, labels, ignored ones). */
  uses?: readonly ColumnUse[];
}

export function makeReader(spec: ReaderSpec): ImportReader {
  return {
    fileName: spec.file.name,
    format: spec.format,
    detected: spec.detected,
    columns: spec.columns,
    mapping: spec.mapping,
    mappable: spec.mappable,
    columnUses: columnUsesOf(spec),
    totalBytes: spec.file.size,
    records: (onProgress) => records(spec, onProgress),
  };
}

/** The format's own uses first; a mapped column is its field; every other column is metadata. */
function columnUsesOf(spec: ReaderSpec): ColumnUse[] {
  const fieldOf = new Map<string, string>();
  for (const [field, column] of Object.entries(spec.mapping)) {
    if (column !== undefined && !fieldOf.has(column)) fieldOf.set(column, field);
  }
  const own = new Map((spec.uses ?? []).map((u) => [u.column, u]));
  const uses = spec.columns.map((column): ColumnUse => {
    const known = own.get(column);
    if (known) return known;
    const field = fieldOf.get(column);
    if (field !== undefined) return { column, use: 'field', detail: field };
    if (spec.mapper.keepsOut(column)) return { column, use: 'verdict', detail: 'judge verdicts' };
    return { column, use: 'metadata', detail: 'kept as item metadata' };
  });
  const listed = new Set(spec.columns);
  return [...uses, ...(spec.uses ?? []).filter((u) => !listed.has(u.column))];
}

function records(spec: ReaderSpec, onProgress?: (bytes: number) => void): AsyncIterable<ImportRecord> {
  const keys = new KeyTracker(spec.file.name, spec.idColumn);
  return flatten(spec.rows(onProgress), (src): ImportRecord => {
    const prepared = spec.prepare?.(src);
    const { id, item, answers } = spec.mapper.map(prepared?.fields ?? src.fields);
    if (prepared?.item) Object.assign(item, prepared.item);
    if (prepared?.metadata) {
      for (const [k, v] of Object.entries(prepared.metadata)) putOwn(item.metadata, k, v);
    }
    return {
      row: src.row,
      key: keys.keyFor(src, prepared?.key ?? id),
      item,
      sourceJson: src.sourceJson,
      verdicts: prepared?.verdicts ?? [],
      labels: prepared?.labels ?? [],
      answers: prepared?.answers ?? answers,
    };
  });
}

/** Keys rows by their id (or row number) and refuses missing and repeated ids. */
class KeyTracker {
  /** Line or row each key was first used on (row numbers are unique by construction). */
  private readonly seen = new SeenKeys();

  constructor(
    private readonly fileName: string,
    private readonly idColumn: string | undefined,
  ) {}

  keyFor(src: SourceRow, id: unknown): string {
    if (this.idColumn === undefined && id === undefined) return String(src.row);
    if (id === undefined || id === null || id === '') {
      throw rejectRow(
        this.fileName,
        src,
        `no value in the id column "${this.idColumn}"; expected every row to have an id`,
      );
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw rejectRow(
        this.fileName,
        src,
        `the id column "${this.idColumn}" holds ${describeJson(id)}; expected a string or a number`,
      );
    }
    const key = String(id);
    const first = this.seen.firstUse(key, src.line ?? src.row);
    if (first !== undefined) {
      const unit = src.line === null ? 'row' : 'line';
      throw rejectRow(
        this.fileName,
        src,
        `duplicate id "${key}", already used on ${unit} ${first}; expected each row to have its own id`,
      );
    }
    return key;
  }
}
