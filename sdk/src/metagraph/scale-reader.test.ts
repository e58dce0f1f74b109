import { compactToU8a, u8aConcat } from '@polkadot/util';
import { describe, expect, test } from 'vitest';
import { ScaleReader } from './scale-reader.js';

const malformed = expect.objectContaining({ code: 'SDK_METAGRAPH_MALFORMED' });

describe('ScaleReader', () => {
  test('default: compacts of every width read back as @polkadot/util encodes them', () => {
    const values = [
      0n,
      1n,
      63n,
      64n,
      16_383n,
      16_384n,
      2n ** 30n - 1n,
      2n ** 30n,
      2n ** 32n,
      2n ** 48n - 1n,
      2n ** 48n,
    ];
    const wide = [2n ** 53n + 1n, 2n ** 56n, 2n ** 64n - 1n, 2n ** 127n];
    const reader = new ScaleReader(u8aConcat(...[...values, ...wide].map((v) => compactToU8a(v))));
    for (const v of values) expect(reader.compactNumber()).toBe(Number(v));
    for (const v of wide) expect(reader.compactBigInt()).toBe(v);
    expect(reader.remaining).toBe(0);
  });

  test('behavior: compactNumber of a value past 48 bits and compactBigInt of a small one', () => {
    const reader = new ScaleReader(u8aConcat(compactToU8a(2n ** 60n), compactToU8a(5n)));
    expect(reader.compactNumber()).toBe(2 ** 60);
    expect(reader.compactBigInt()).toBe(5n);
  });

  test('behavior: fixed-width little-endian integers, bools and byte views', () => {
    const reader = new ScaleReader(
      Uint8Array.from([1, 0, 0x34, 0x12, 0x78, 0x56, 0x34, 0x12, 1, 0, 0, 0, 0, 0, 0, 0, 9]),
    );
    expect([reader.bool(), reader.bool(), reader.u16(), reader.u32(), reader.u64()]).toEqual([
      true,
      false,
      0x1234,
      0x12345678,
      1n,
    ]);
    expect([...reader.bytes(1)]).toEqual([9]);
  });

  test('error: reading past the end or a bad bool is SDK_METAGRAPH_MALFORMED', () => {
    expect(() => new ScaleReader(Uint8Array.from([0b10, 0])).compactNumber()).toThrow(malformed);
    expect(() => new ScaleReader(Uint8Array.from([0b0001_0011, 1, 2])).compactBigInt()).toThrow(malformed);
    expect(() => new ScaleReader(Uint8Array.from([2])).bool()).toThrow(malformed);
    expect(() => new ScaleReader(new Uint8Array(3)).u32()).toThrow(malformed);
    expect(() => new ScaleReader(new Uint8Array(31)).bytes(32)).toThrow(malformed);
  });
});
