import { describe, expect, test } from 'vitest';
import { bytesToHex, hexToBytes, isStorageHex, toStorageHex } from './hex.js';
import { StorageError } from './storage-error.js';

describe('hex', () => {
  test('default', () => {
    expect(toStorageHex('0xABcd')).toBe('0xabcd');
    expect(toStorageHex(new Uint8Array([0, 15, 255]))).toBe('0x000fff');
    expect(bytesToHex(new Uint8Array())).toBe('0x');
    expect([...hexToBytes('0x000fff')]).toEqual([0, 15, 255]);
  });

  test('behavior: isStorageHex accepts only lowercase whole bytes', () => {
    expect(isStorageHex('0x')).toBe(true);
    expect(isStorageHex('0x0a')).toBe(true);
    expect(isStorageHex('0x0A')).toBe(false);
    expect(isStorageHex('0xa')).toBe(false);
    expect(isStorageHex('0a')).toBe(false);
    expect(isStorageHex(1)).toBe(false);
  });

  test('error: toStorageHex refuses what is not hex', () => {
    expect(() => toStorageHex('0x1')).toThrow(StorageError);
    expect(() => toStorageHex('abcd')).toThrowError(
      expect.objectContaining({ code: 'CHAIN_STORAGE_INVALID_HEX' }),
    );
  });
});
