// Browser mode never opens a file on the server's disk on a caller's say-so: files arrive as
// uploads. Any input naming a path (an import source of kind "path", or a path or file field) is
// refused before it reaches the core.
const PATH_FIELDS = new Set(['path', 'file', 'filePath', 'dir', 'directory', 'outPath', 'outputPath']);

/** Where in the input a server path is named (e.g. "source.path"), or null when none is. */
export function serverPathIn(value: unknown, at = ''): string | null {
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      const found = serverPathIn(element, `${at}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (record.kind === 'path') return at ? `${at}.kind` : 'kind';
  for (const [key, field] of Object.entries(record)) {
    const where = at ? `${at}.${key}` : key;
    if (PATH_FIELDS.has(key) && field !== null && field !== undefined) return where;
    const found = serverPathIn(field, where);
    if (found) return found;
  }
  return null;
}
