import { describe, expect, it } from 'vitest';
import { pythonLiteral } from '../../../electron/formats/python-literal';

describe('pythonLiteral', () => {
  it('reads the lists, dicts and tuples pandas writes into CSV cells', () => {
    expect(
      pythonLiteral(`[{'name': 'x', "it's": 'a\\'b\\nc', 'ok': True, 'none': None, 'n': -1.5e2, 't': (1, 2)}]`),
    ).toEqual([{ name: 'x', "it's": "a'b\nc", ok: true, none: null, n: -150, t: [1, 2] }]);
    expect(pythonLiteral("['caf\\xe9', nan, 'ok',]")).toEqual(['café', null, 'ok']);
    expect(pythonLiteral('{}')).toEqual({});
  });

  it('is undefined for what is not exactly one literal', () => {
    expect(pythonLiteral('[1, 2')).toBeUndefined();
    expect(pythonLiteral("['a'] trailing")).toBeUndefined();
    expect(pythonLiteral('[datetime.datetime(2025, 1, 1)]')).toBeUndefined();
    expect(pythonLiteral("{'a' 1}")).toBeUndefined();
  });
});
