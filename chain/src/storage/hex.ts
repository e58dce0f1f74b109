/**
 * Hex helpers at the storage API's edge: keys and values are lowercase `0x` hex inside it.
 */
import { StorageError } from './storage-error.js';
import type { HexString } from './types.js';

const HEX = /^0x(?:[0-9a-f]{2})*$/;
const HEX_ANY_CASE = /^0x(?:[0-9a-fA-F]{2})*$/;
const BYTE_TO_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Whether `value` is `0x`-prefixed lowercase hex of whole bytes (the storage API's form).
 *
 * @example
 * isStorageHex('0x0aff'); // true
 * isStorageHex('0x0AFF'); // false
 */
export function isStorageHex(value: unknown): value is HexString {
  return typeof value === 'string' && HEX.test(value);
}

/**
 * Normalizes a key or value from outside (hex in any case, or bytes) to the storage API's form.
 *
 * @throws {StorageError} `CHAIN_STORAGE_INVALID_HEX` for anything else.
 * @example
 * toStorageHex('0xABCD'); // '0xabcd'
 * toStorageHex(new Uint8Array([1, 2])); // '0x0102'
 */
export function toStorageHex(value: string | Uint8Array): HexString {
  if (typeof value !== 'string') return bytesToHex(value);
  if (HEX.test(value)) return value as HexString;
  if (HEX_ANY_CASE.test(value)) return value.toLowerCase() as HexString;
  throw new StorageError(
    'CHAIN_STORAGE_INVALID_HEX',
    `not 0x-prefixed hex of whole bytes: ${shorten(value)}`,
    {
      value: shorten(value),
    },
  );
}

/**
 * Lowercase `0x` hex of `bytes`.
 *
 * @example
 * bytesToHex(new Uint8Array([0, 255])); // '0x00ff'
 */
export function bytesToHex(bytes: Uint8Array): HexString {
  let out = '0x';
  for (let i = 0; i < bytes.length; i++) out += BYTE_TO_HEX[bytes[i] as number];
  return out as HexString;
}

/**
 * The bytes of a `0x` hex string (any case; validated by the caller).
 *
 * @example
 * hexToBytes('0x00ff'); // Uint8Array [0, 255]
 */
export function hexToBytes(hex: HexString): Uint8Array {
  const n = (hex.length - 2) >>> 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Number.parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16);
  return out;
}

/**
 * Long hex shortened for messages.
 *
 * @example
 * shorten('0x26aa394eea5630e07c48ae0c9558cef702a5c1b1'); // '0x26aa394eea56…02a5c1b1'
 */
export function shorten(value: string): string {
  return value.length > 24 ? `${value.slice(0, 14)}…${value.slice(-8)}` : value;
}
