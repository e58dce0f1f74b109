import { u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { decode, encode, encodeCompact } from './codec.js';
import {
  array,
  boundedSequence,
  compact,
  enumType,
  field,
  primitive,
  sequence,
  struct,
  tuple,
  variant,
} from './type-def.js';

const u8 = primitive('U8');
const u32 = primitive('U32');
const u64 = primitive('U64');
const u128 = primitive('U128');

describe('SCALE codec', () => {
  it('default: compact integers encode like parity-scale-codec', () => {
    const cases: [bigint, string][] = [
      [0n, '0x00'],
      [1n, '0x04'],
      [63n, '0xfc'],
      [64n, '0x0101'],
      [16383n, '0xfdff'],
      [16384n, '0x02000100'],
      [(1n << 30n) - 1n, '0xfeffffff'],
      [1n << 30n, '0x0300000040'],
      [(1n << 64n) - 1n, '0x13ffffffffffffffff'],
    ];
    for (const [n, hex] of cases) {
      expect(u8aToHex(encodeCompact(n))).toBe(hex);
      expect(decode(compact(u128), encodeCompact(n))).toBe(n);
    }
  });

  it("behavior: fixed-width integers are little-endian two's complement and round-trip at every width", () => {
    const cases: [string, bigint, string][] = [
      ['U16', 0x1234n, '0x3412'],
      ['U32', 0xdeadbeefn, '0xefbeadde'],
      ['U64', 0x0102030405060708n, '0x0807060504030201'],
      ['U64', (1n << 64n) - 1n, '0xffffffffffffffff'],
      ['U128', (1n << 127n) + 0x0102n, '0x02010000000000000000000000000080'],
      ['I16', -2n, '0xfeff'],
      ['I32', -(1n << 31n), '0x00000080'],
      ['I64', -1n, '0xffffffffffffffff'],
      ['U256', (1n << 255n) | 5n, `0x05${'00'.repeat(30)}80`],
    ];
    for (const [name, value, hex] of cases) {
      const def = primitive(name as 'U64');
      const bytes = encode(def, value);
      expect(u8aToHex(bytes)).toBe(hex);
      const back = decode<bigint | number>(def, bytes);
      expect(BigInt(back)).toBe(value);
    }
  });

  it('behavior: structs, enums, vectors and byte arrays round-trip', () => {
    const Thing = struct(
      ['t', 'Thing'],
      [
        field('a', u32),
        field('b', sequence(u8)),
        field('c', array(2, u64)),
        field('d', tuple(u8, compact(u32))),
      ],
    );
    const E = enumType(['t', 'E'], [variant(0, 'None'), variant(5, 'Some', [field(null, Thing)])]);
    const value = { type: 'Some', value: { a: 7, b: new Uint8Array([1, 2]), c: [1n, 2n], d: [9, 300] } };
    const bytes = encode(E, value);
    expect(u8aToHex(bytes)).toBe('0x05070000000801020100000000000000020000000000000009b104');
    expect(decode(E, bytes)).toEqual(value);
    expect(decode(E, new Uint8Array([0]))).toEqual({ type: 'None' });
  });

  it('error: short input, trailing bytes and unknown variants are CHAIN_SCALE_DECODE', () => {
    expect(() => decode(u32, new Uint8Array([1, 2]))).toThrow(
      expect.objectContaining({ code: 'CHAIN_SCALE_DECODE' }),
    );
    expect(() => decode(u8, new Uint8Array([1, 2]))).toThrow(/trailing/);
    expect(() => decode(enumType(['E'], [variant(0, 'A')]), new Uint8Array([3]))).toThrow(/variant/);
    expect(() => decode(sequence(u32), encodeCompact(1_000_000))).toThrow(
      expect.objectContaining({ code: 'CHAIN_SCALE_DECODE' }),
    );
  });

  it('error: a bounded sequence (BoundedVec) encodes as a Vec up to its bound; one longer fails both ways', () => {
    const bounded = boundedSequence(4, u8);
    const four = new Uint8Array([1, 2, 3, 4]);
    expect(encode(bounded, four)).toEqual(encode(sequence(u8), four));
    expect(decode(bounded, encode(sequence(u8), four))).toEqual(four);
    const five = new Uint8Array([1, 2, 3, 4, 5]);
    expect(() => decode(bounded, encode(sequence(u8), five))).toThrow(
      expect.objectContaining({ code: 'CHAIN_SCALE_DECODE' }),
    );
    expect(() => encode(bounded, five)).toThrow(expect.objectContaining({ code: 'CHAIN_SCALE_ENCODE' }));
  });
});
