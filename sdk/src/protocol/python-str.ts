import type { z } from 'zod';

/**
 * Python's `str()` of a JSON-like value, as Bittensor's body hash renders each hash field: strings as they are at top
 * level and quoted with `repr` rules inside containers, `True`/`False`/`None`, floats with Python's `repr` (`12.0`,
 * `1e-05`, `1e+16`), lists `[1, 2]`, dicts `{'a': 1}` in insertion order. Pass the field's zod schema so integers
 * and floats are told apart (JSON cannot): a `z.number()` field renders `3` as `3.0`, a `z.int()` field as `3`.
 *
 * @example
 * pythonStr(['hi', 'there']); // "['hi', 'there']"
 * pythonStr({ a: 1, b: true }); // "{'a': 1, 'b': True}"
 * pythonStr(12, z.number()); // '12.0'
 */
export function pythonStr(value: unknown, schema?: z.ZodType): string {
  if (typeof value === 'string') return value;
  return pythonRepr(value, schema);
}

/**
 * Python's `repr()` of a JSON-like value (see {@link pythonStr}).
 *
 * @example
 * pythonRepr("it's"); // `"it's"`
 */
export function pythonRepr(value: unknown, schema?: z.ZodType): string {
  const kind = unwrap(schema);
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    const isInt =
      kind !== undefined && defType(kind) === 'number' ? isIntSchema(kind) : Number.isInteger(value);
    return isInt && Number.isInteger(value) ? intRepr(value) : pythonFloatRepr(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return stringRepr(value);
  if (Array.isArray(value)) {
    const element =
      kind !== undefined && defType(kind) === 'array'
        ? (kind._zod.def as unknown as { element: z.ZodType }).element
        : undefined;
    return `[${value.map((item) => pythonRepr(item, element)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const fieldSchema = (key: string): z.ZodType | undefined => {
      if (kind === undefined) return undefined;
      const type = defType(kind);
      if (type === 'object')
        return (kind._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape[key];
      if (type === 'record') return (kind._zod.def as unknown as { valueType: z.ZodType }).valueType;
      return undefined;
    };
    return `{${entries.map(([k, v]) => `${stringRepr(k)}: ${pythonRepr(v, fieldSchema(k))}`).join(', ')}}`;
  }
  return String(value);
}

/**
 * Python's `repr(float)`: shortest round-trip digits, fixed notation for exponents -4…15 (always with a `.0` when
 * integral), otherwise `d.ddde±XX`; `nan`, `inf`, `-inf`.
 *
 * @example
 * pythonFloatRepr(12); // '12.0'
 * pythonFloatRepr(0.00001); // '1e-05'
 */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = value.toExponential().split('e');
  const exponent = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let out: string;
  if (exponent < -4 || exponent >= 16) out = sci(digits, exponent);
  else if (exponent < 0) out = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  else if (digits.length <= exponent + 1) out = `${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
  else out = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  return negative ? `-${out}` : out;
}

function sci(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

function intRepr(value: number): string {
  return Number.isSafeInteger(value) ? value.toString() : BigInt(value).toString();
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function stringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) {
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NON_PRINTABLE.test(char)) {
      const code = char.codePointAt(0) ?? 0;
      if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else out += char;
  }
  return out + quote;
}

/** Strips optional/nullable/default wrappers. @internal */
export function unwrap(schema: z.ZodType): z.ZodType;
export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined;
export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current !== undefined) {
    const type = defType(current);
    if (
      type === 'optional' ||
      type === 'nullable' ||
      type === 'default' ||
      type === 'readonly' ||
      type === 'prefault'
    ) {
      current = (current._zod.def as unknown as { innerType: z.ZodType }).innerType;
    } else return current;
  }
  return current;
}

/** @internal */
export function defType(schema: z.ZodType): string {
  return (schema._zod.def as { type: string }).type;
}

/** @internal */
export function isIntSchema(schema: z.ZodType): boolean {
  return defType(schema) === 'number' && (schema as unknown as { isInt?: boolean }).isInt === true;
}
