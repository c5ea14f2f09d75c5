// Python literals as pandas writes list and dict cells to CSV (`str(value)`; RAGAS
// `retrieved_contexts`, MLflow assessments): single- or double-quoted strings with Python's escapes,
// True/False/None/nan, tuples, dicts. Read back into JSON values; anything else is not a literal.

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

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  /** The whole text as one literal, or undefined when it is not exactly one. */
  all(): unknown {
    const value = this.value();
    this.space();
    if (this.at !== this.text.length) throw new SyntaxError('trailing text');
    return value;
  }

  private space(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private value(): unknown {
    this.space();
    const c = this.text[this.at];
    if (c === '[' || c === '(') return this.list(c === '[' ? ']' : ')');
    if (c === '{') return this.dict();
    if (c === "'" || c === '"') return this.string(c);
    const word = /^(True|False|None|nan|-?inf|-?\d+(\.\d*)?([eE][-+]?\d+)?)/.exec(this.text.slice(this.at));
    if (!word) throw new SyntaxError(`unexpected ${c ?? 'end'}`);
    this.at += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    // None, and floats JSON cannot hold (NaN: a missing value), are null.
    if (word[0] === 'None' || word[0].endsWith('nan') || word[0].endsWith('inf')) return null;
    return Number(word[0]);
  }

  private items(close: string, item: () => void): void {
    this.at++;
    for (;;) {
      this.space();
      if (this.text[this.at] === close) break;
      item();
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== close) throw new SyntaxError(`expected , or ${close}`);
    }
    this.at++;
  }

  private list(close: string): unknown[] {
    const out: unknown[] = [];
    this.items(close, () => out.push(this.value()));
    return out;
  }

  private dict(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.items('}', () => {
      const key = this.value();
      this.space();
      if (this.text[this.at++] !== ':') throw new SyntaxError('expected :');
      Object.defineProperty(out, String(key), {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    return out;
  }

  private string(quote: string): string {
    let out = '';
    for (this.at++; this.at < this.text.length; this.at++) {
      const c = this.text[this.at]!;
      if (c === quote) {
        this.at++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[++this.at];
      if (e === undefined) break;
      const size = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (size > 0) {
        const hex = this.text.slice(this.at + 1, this.at + 1 + size);
        if (hex.length !== size || !/^[0-9a-fA-F]+$/.test(hex)) throw new SyntaxError('bad escape');
        out += String.fromCodePoint(parseInt(hex, 16));
        this.at += size;
      } else {
        // An unknown escape keeps its backslash, as in Python.
        out += ESCAPES[e] ?? `\\${e}`;
      }
    }
    throw new SyntaxError('unterminated string');
  }
}

/** The value of a Python literal list, tuple or dict, or undefined when the text is not one. */
export function pythonLiteral(text: string): unknown {
  try {
    return new Reader(text.trim()).all();
  } catch {
    return undefined;
  }
}

/** The items of a Python list literal, or undefined when the text is not exactly one list. */
export function parsePythonList(text: string): unknown[] | undefined {
  const value = pythonLiteral(text);
  return Array.isArray(value) && text.trim().startsWith('[') ? value : undefined;
}
