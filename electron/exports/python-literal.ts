// JSON-like values written as Python literals, for snippets users paste and run.
//
// JSON string escapes are Python escapes too, except for characters outside the Basic
// Multilingual Plane: JSON writes them as a surrogate pair ("\ud83d\ude00"), which Python keeps as
// two lone surrogates. Everything non-ASCII is therefore escaped per code point (\uXXXX or
// \UXXXXXXXX), which also keeps the snippet pure ASCII whatever editor it is pasted into.

export type PythonValue = string | number | boolean | null | PythonValue[] | { [key: string]: PythonValue };

export function pythonString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else if (code >= 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    // JSON.stringify escapes quotes, backslashes and control characters the way Python reads them.
    else out += JSON.stringify(char).slice(1, -1);
  }
  return `${out}"`;
}

export function pythonLiteral(value: PythonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Python literal.`);
    return String(value);
  }
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonString(key)}: ${pythonLiteral(item)}`)
    .join(', ')}}`;
}
