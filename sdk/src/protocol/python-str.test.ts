import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import floatVectors from './python-float-repr.vectors.json' with { type: 'json' };
import { pythonFloatRepr, pythonStr } from './python-str.js';

// Expected strings are CPython 3.11 output (`str(x)` / `repr(x)`), captured offline.
describe('pythonStr', () => {
  test('default: containers, booleans, None and quoting match CPython str()', () => {
    expect(pythonStr("héllo 'world'\n")).toBe("héllo 'world'\n");
    expect(pythonStr(3, z.int())).toBe('3');
    expect(pythonStr(2, z.number())).toBe('2.0');
    expect(pythonStr([0.1, 1, 1e-5, 2.5e16, -0], z.array(z.number()))).toBe(
      '[0.1, 1.0, 1e-05, 2.5e+16, -0.0]',
    );
    expect(pythonStr({ a: 1, b: true, c: null, "it's": 'x"y', tab: '\t\u0001' })).toBe(
      `{'a': 1, 'b': True, 'c': None, "it's": 'x"y', 'tab': '\\t\\x01'}`,
    );
    expect(pythonStr([true, false])).toBe('[True, False]');
  });

  test('behavior: schema decides int vs float inside objects and records', () => {
    const schema = z.object({ i: z.int(), f: z.number(), r: z.record(z.string(), z.number()) });
    expect(pythonStr({ i: 1, f: 1, r: { x: 3 } }, schema)).toBe("{'i': 1, 'f': 1.0, 'r': {'x': 3.0}}");
    expect(pythonStr(null, z.int().nullable())).toBe('None');
  });
});

describe('pythonFloatRepr', () => {
  test('args: CPython repr of floats', () => {
    const cases: [number, string][] = [
      [12, '12.0'],
      [0.1, '0.1'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [123456789.123, '123456789.123'],
      [1e16, '1e+16'],
      [1.5e-7, '1.5e-07'],
      [1234567890123456, '1234567890123456.0'],
      [12345678901234568, '1.2345678901234568e+16'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [100, '100.0'],
      [0.5, '0.5'],
      [Number.NaN, 'nan'],
      [Number.NEGATIVE_INFINITY, '-inf'],
    ];
    for (const [value, expected] of cases) expect(pythonFloatRepr(value)).toBe(expected);
  });

  test('behavior: 1,000 doubles (random bit patterns and rounded decimals) match CPython repr', () => {
    // [big-endian IEEE-754 hex, repr(x)] pairs written by CPython 3.11 offline.
    for (const [hex, expected] of floatVectors as [string, string][]) {
      const value = Buffer.from(hex, 'hex').readDoubleBE(0);
      expect(pythonFloatRepr(value)).toBe(expected);
    }
  });
});
