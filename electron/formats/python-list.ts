// Lists written by Python's `str(list)` / pandas `to_csv` (RAGAS `retrieved_contexts`):
// `['a', "b's", 'line\nbreak']`. Not JSON: quotes may be single, and escapes follow Python.

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/**
 * The items of a Python list literal of strings, numbers, None, True and False; undefined when
 * the text is not exactly one such list (it is then plain text, and stays as it is).
 */
export function parsePythonList(text: string): unknown[] | undefined {
  const s = text.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) return undefined;
  const items: unknown[] = [];
  let i = 1;
  const skipSpace = () => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  skipSpace();
  if (s[i] === ']') return i === s.length - 1 ? items : undefined;
  for (;;) {
    skipSpace();
    const item = readItem();
    if (item === undefined) return undefined;
    items.push(item.value);
    skipSpace();
    if (s[i] === ',') {
      i++;
      skipSpace();
      if (s[i] === ']' && i === s.length - 1) return items; // a trailing comma
      continue;
    }
    return s[i] === ']' && i === s.length - 1 ? items : undefined;
  }

  function readItem(): { value: unknown } | undefined {
    const quote = s[i];
    if (quote === "'" || quote === '"') return readString(quote);
    const word = /^(None|True|False|-?\d+(\.\d+)?([eE][-+]?\d+)?|nan)/.exec(s.slice(i, i + 40));
    if (!word) return undefined;
    i += word[0].length;
    const w = word[0];
    if (w === 'None') return { value: null };
    if (w === 'True' || w === 'False') return { value: w === 'True' };
    return { value: w === 'nan' ? null : Number(w) };
  }

  function readString(quote: string): { value: string } | undefined {
    let out = '';
    for (i++; i < s.length; i++) {
      const c = s[i]!;
      if (c === quote) {
        i++;
        return { value: out };
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = s[++i];
      if (next === undefined) return undefined;
      if (next === 'x' || next === 'u' || next === 'U') {
        const size = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = s.slice(i + 1, i + 1 + size);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== size) return undefined;
        out += String.fromCodePoint(parseInt(hex, 16));
        i += size;
      } else {
        // An unknown escape keeps its backslash, as in Python.
        out += ESCAPES[next] ?? `\\${next}`;
      }
    }
    return undefined;
  }
}
