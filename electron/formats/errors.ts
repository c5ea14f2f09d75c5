// The one error importers throw: what the user reads when a file is refused.
import { GavelError } from '../../shared/result';

/**
 * A file Gavel will not import. The message always reads `FILE, WHERE: REASON`, where WHERE is a
 * line (`line 7`), a line and column (`line 3, column 17`) or a data row (`row 3`), so the user can
 * open the file and fix that spot.
 */
export class ImportRejected extends GavelError {
  constructor(
    readonly fileName: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super('IMPORT_REJECTED', `${fileName}, ${where}: ${reason}`);
    this.name = 'ImportRejected';
  }
}

/** Describes a JSON value's type the way a user would, for "expected X, found Y" messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}
