import { ChainError } from '../chain-error.js';
import { type FieldDef, resolveType, type TypeDef } from './type-def.js';

/**
 * A SCALE codec driven by `TypeDef`s. Value mapping: `U8..U32`, `I16`, `I32` ↔ number; `U64`, `U128`,
 * `U256`, `I64` ↔ bigint; `Vec<u8>` and `[u8; N]` ↔ Uint8Array; tuples ↔ arrays; structs ↔ objects
 * (a struct with one unnamed field is its inner value, several unnamed fields an array);
 * enums ↔ `{ type: 'VariantName', value? }`.
 */

/** An enum value. */
export interface EnumValue<V = unknown> {
  readonly type: string;
  readonly value?: V;
}

/** Whether a decoded value is an enum value. @example isEnumValue({ type: 'None' }) // true */
export function isEnumValue(value: unknown): value is EnumValue {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

const bitsOf = { U8: 8, U16: 16, U32: 32, U64: 64, U128: 128, U256: 256, I16: 16, I32: 32, I64: 64 } as const;

/** A growable byte buffer. */
class Writer {
  private buf = new Uint8Array(64);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/**
 * A cursor over input bytes that throws `CHAIN_SCALE_DECODE` when it runs out.
 *
 * @example
 * const r = new ScaleReader(bytes); const n = readCompact(r); const rest = r.take(r.remaining);
 */
export class ScaleReader {
  offset = 0;
  constructor(readonly input: Uint8Array) {}
  take(n: number): Uint8Array {
    if (this.offset + n > this.input.length) {
      throw new ChainError('CHAIN_SCALE_DECODE', 'input too short', {
        details: `wanted ${n} bytes at offset ${this.offset}, have ${this.input.length - this.offset}`,
      });
    }
    const out = this.input.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  byte(): number {
    return this.take(1)[0]!;
  }
  get remaining(): number {
    return this.input.length - this.offset;
  }
}

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  if (typeof value === 'boolean') return value ? 1n : 0n;
  throw new ChainError('CHAIN_SCALE_ENCODE', `expected an integer, got ${typeof value}`);
}

/** Little-endian, `bits / 8` bytes of `value` (two's complement when negative), 32 bits at a time. */
function writeUint(w: Writer, value: bigint, bits: number): void {
  let v = value;
  if (v < 0n) v += 1n << BigInt(bits);
  const words = Math.floor(bits / 32);
  for (let i = 0; i < words; i++) {
    const chunk = Number(v & 0xffffffffn);
    w.byte(chunk & 0xff);
    w.byte((chunk >>> 8) & 0xff);
    w.byte((chunk >>> 16) & 0xff);
    w.byte(chunk >>> 24);
    v >>= 32n;
  }
  for (let i = words * 4; i < bits / 8; i++) {
    w.byte(Number(v & 0xffn));
    v >>= 8n;
  }
}

function readUint(r: ScaleReader, bits: number, signed: boolean): bigint {
  const b = r.take(bits / 8);
  let v = 0n;
  let i = b.length - 1;
  for (; i >= 3 && (i + 1) % 4 === 0; i -= 4) {
    const chunk = ((b[i]! << 24) | (b[i - 1]! << 16) | (b[i - 2]! << 8) | b[i - 3]!) >>> 0;
    v = (v << 32n) | BigInt(chunk);
  }
  for (; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  if (signed && v >= 1n << BigInt(bits - 1)) v -= 1n << BigInt(bits);
  return v;
}

/** Appends SCALE `Compact<n>`. @example encodeCompact(5n) // Uint8Array [20] */
export function encodeCompact(n: bigint | number): Uint8Array {
  const w = new Writer();
  writeCompact(w, BigInt(n));
  return w.result();
}

function writeCompact(w: Writer, n: bigint): void {
  if (n < 0n) throw new ChainError('CHAIN_SCALE_ENCODE', 'negative compact');
  if (n < 64n) w.byte(Number(n) << 2);
  else if (n < 1n << 14n) writeUint(w, (n << 2n) | 1n, 16);
  else if (n < 1n << 30n) writeUint(w, (n << 2n) | 2n, 32);
  else {
    const bytes: number[] = [];
    let v = n;
    while (v > 0n) {
      bytes.push(Number(v & 0xffn));
      v >>= 8n;
    }
    w.byte(((bytes.length - 4) << 2) | 3);
    for (const b of bytes) w.byte(b);
  }
}

/** Reads a SCALE `Compact<n>` from a reader. @example readCompact(new ScaleReader(new Uint8Array([20]))) // 5n */
export function readCompact(r: ScaleReader): bigint {
  const first = r.byte();
  const mode = first & 3;
  if (mode === 0) return BigInt(first >> 2);
  if (mode === 1) return BigInt((first | (r.byte() << 8)) >> 2);
  if (mode === 2) {
    const rest = r.take(3);
    return BigInt(((first | (rest[0]! << 8) | (rest[1]! << 16)) >>> 2) + rest[2]! * 2 ** 22);
  }
  const len = (first >> 2) + 4;
  const b = r.take(len);
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  return v;
}

function isU8(def: TypeDef): boolean {
  const d = resolveType(def);
  return d.kind === 'primitive' && d.name === 'U8';
}

function writeFields(w: Writer, fields: readonly FieldDef[], value: unknown): void {
  if (fields.length === 0) return;
  if (fields.length === 1 && fields[0]!.name === null) {
    write(w, fields[0]!.type, value);
    return;
  }
  if (fields[0]!.name === null) {
    const items = value as unknown[];
    for (let i = 0; i < fields.length; i++) write(w, fields[i]!.type, items[i]);
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const f of fields) write(w, f.type, obj[f.name!]);
}

function readFields(r: ScaleReader, fields: readonly FieldDef[]): unknown {
  if (fields.length === 0) return undefined;
  if (fields.length === 1 && fields[0]!.name === null) return read(r, fields[0]!.type);
  if (fields[0]!.name === null) return fields.map((f) => read(r, f.type));
  const obj: Record<string, unknown> = {};
  for (const f of fields) obj[f.name!] = read(r, f.type);
  return obj;
}

function write(w: Writer, def: TypeDef, value: unknown): void {
  const d = resolveType(def);
  switch (d.kind) {
    case 'primitive':
      if (d.name === 'Bool') {
        w.byte(value ? 1 : 0);
        return;
      }
      if (d.name === 'Str') {
        const bytes = new TextEncoder().encode(String(value));
        writeCompact(w, BigInt(bytes.length));
        w.bytes(bytes);
        return;
      }
      {
        writeUint(w, toBigInt(value), bitsOf[d.name]);
        return;
      }
    case 'compact': {
      writeCompact(w, toBigInt(value));
      return;
    }
    case 'sequence': {
      const n = (value as ArrayLike<unknown>).length;
      if (d.max !== undefined && n > d.max)
        throw new ChainError('CHAIN_SCALE_ENCODE', `sequence length ${n} exceeds its bound ${d.max}`);
      if (isU8(d.inner)) {
        const bytes = value as Uint8Array;
        writeCompact(w, BigInt(bytes.length));
        w.bytes(bytes);
        return;
      }
      const items = value as unknown[];
      writeCompact(w, BigInt(items.length));
      for (const item of items) write(w, d.inner, item);
      return;
    }
    case 'array': {
      const items = value as ArrayLike<unknown>;
      if (items.length !== d.len)
        throw new ChainError('CHAIN_SCALE_ENCODE', `array length ${items.length} ≠ ${d.len}`);
      if (isU8(d.inner)) {
        w.bytes(value as Uint8Array);
        return;
      }
      for (const item of Array.from(items)) write(w, d.inner, item);
      return;
    }
    case 'tuple': {
      const items = (value ?? []) as unknown[];
      for (let i = 0; i < d.items.length; i++) write(w, d.items[i]!, items[i]);
      return;
    }
    case 'composite': {
      writeFields(w, d.fields, value);
      return;
    }
    case 'variant': {
      const e = value as EnumValue;
      const v = d.variants.find((x) => x.name === e?.type);
      if (v === undefined) throw new ChainError('CHAIN_SCALE_ENCODE', `unknown variant ${String(e?.type)}`);
      w.byte(v.index);
      writeFields(w, v.fields, e.value);
      return;
    }
  }
}

function read(r: ScaleReader, def: TypeDef): unknown {
  const d = resolveType(def);
  switch (d.kind) {
    case 'primitive': {
      if (d.name === 'Bool') {
        const b = r.byte();
        if (b > 1) throw new ChainError('CHAIN_SCALE_DECODE', `invalid bool ${b}`);
        return b === 1;
      }
      if (d.name === 'Str') return new TextDecoder().decode(r.take(Number(readCompact(r))));
      const bits = bitsOf[d.name];
      const v = readUint(r, bits, d.name.startsWith('I'));
      return bits <= 32 ? Number(v) : v;
    }
    case 'compact': {
      const v = readCompact(r);
      const inner = resolveType(d.inner);
      const small =
        inner.kind === 'primitive' && (inner.name === 'U8' || inner.name === 'U16' || inner.name === 'U32');
      return small ? Number(v) : v;
    }
    case 'sequence': {
      const n = Number(readCompact(r));
      if (d.max !== undefined && n > d.max)
        throw new ChainError('CHAIN_SCALE_DECODE', `sequence length ${n} exceeds its bound ${d.max}`);
      if (isU8(d.inner)) return r.take(n).slice();
      if (n > r.remaining) throw new ChainError('CHAIN_SCALE_DECODE', `sequence length ${n} exceeds input`);
      const items: unknown[] = [];
      for (let i = 0; i < n; i++) items.push(read(r, d.inner));
      return items;
    }
    case 'array': {
      if (isU8(d.inner)) return r.take(d.len).slice();
      const items: unknown[] = [];
      for (let i = 0; i < d.len; i++) items.push(read(r, d.inner));
      return items;
    }
    case 'tuple':
      return d.items.map((t) => read(r, t));
    case 'composite':
      return readFields(r, d.fields) ?? {};
    case 'variant': {
      const index = r.byte();
      const v = d.variants.find((x) => x.index === index);
      if (v === undefined) throw new ChainError('CHAIN_SCALE_DECODE', `invalid variant index ${index}`);
      const value = readFields(r, v.fields);
      return value === undefined ? { type: v.name } : { type: v.name, value };
    }
  }
}

/**
 * SCALE-encodes `value` as `def`.
 *
 * @example
 * encode(primitive('U32'), 1) // Uint8Array [1, 0, 0, 0]
 */
export function encode(def: TypeDef, value: unknown): Uint8Array {
  const w = new Writer();
  write(w, def, value);
  return w.result();
}

/**
 * Decodes one `def` value from the reader's position.
 *
 * @example
 * const r = new ScaleReader(bytes); const a = decodeFrom(r, u32); const b = decodeFrom(r, u64);
 */
export function decodeFrom<T = unknown>(r: ScaleReader, def: TypeDef): T {
  return read(r, def) as T;
}

/**
 * Decodes `bytes` as `def` and requires every byte to be consumed.
 *
 * @example
 * decode<number>(primitive('U32'), new Uint8Array([1, 0, 0, 0])) // 1
 */
export function decode<T = unknown>(def: TypeDef, bytes: Uint8Array): T {
  const r = new ScaleReader(bytes);
  const value = read(r, def) as T;
  if (r.remaining !== 0) throw new ChainError('CHAIN_SCALE_DECODE', `${r.remaining} trailing bytes`);
  return value;
}
