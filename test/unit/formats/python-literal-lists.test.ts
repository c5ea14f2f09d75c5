import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePythonList } from '../../../electron/formats/python-literal';

/** Python's repr of a str: single quotes unless the text holds ' and no ". */
function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const c of text) {
    if (c === '\\') out += '\\\\';
    else if (c === quote) out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (c.charCodeAt(0) < 0x20) out += `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return quote + out + quote;
}

describe('Python list cells', () => {
  it('reads back every list of strings Python writes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (items) => {
        expect(parsePythonList(`[${items.map(pythonRepr).join(', ')}]`)).toEqual(items);
      }),
    );
  });

  it('reads numbers, None, booleans and nan; refuses what is not one list', () => {
    expect(parsePythonList("[1, -2.5, None, True, False, nan, 'x',]")).toEqual([1, -2.5, null, true, false, null, 'x']);
    expect(parsePythonList('[]')).toEqual([]);
    expect(parsePythonList("['a'] and ['b']")).toBeUndefined();
    expect(parsePythonList("['unclosed]")).toBeUndefined();
    expect(parsePythonList('[a, b]')).toBeUndefined();
  });
});
