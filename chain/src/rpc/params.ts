import { RPC_ERROR, RpcError } from './rpc-error.js';

/** Parameter readers that reject wrong types with `-32602 Invalid params`. */

const invalid = (index: number, expected: string) =>
  new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', `parameter ${index}: expected ${expected}`);

const HEX = /^0x([0-9a-fA-F]{2})*$/;

/** A lowercase `0x` hex string. */
export type Hex = `0x${string}`;

/** A required `0x` hex string, lowercased. @example const key = hexParam(params, 0); */
export function hexParam(params: readonly unknown[], index: number): Hex {
  const v = params[index];
  if (typeof v !== 'string' || !HEX.test(v)) throw invalid(index, 'a 0x-prefixed hex string');
  return v.toLowerCase() as Hex;
}

/** An optional hex string (absent or null → undefined). @example const at = optionalHexParam(params, 1); */
export function optionalHexParam(params: readonly unknown[], index: number): Hex | undefined {
  return params[index] === undefined || params[index] === null ? undefined : hexParam(params, index);
}

/** An optional 32-byte block hash. @example const at = optionalHashParam(params, 1); */
export function optionalHashParam(params: readonly unknown[], index: number): Hex | undefined {
  const v = optionalHexParam(params, index);
  if (v !== undefined && v.length !== 66) throw invalid(index, 'a 32-byte block hash');
  return v;
}

/** A required string. @example const name = stringParam(params, 0); */
export function stringParam(params: readonly unknown[], index: number): string {
  const v = params[index];
  if (typeof v !== 'string') throw invalid(index, 'a string');
  return v;
}

/** A required non-negative integer (number or numeric/hex string). @example const count = uintParam(params, 1); */
export function uintParam(params: readonly unknown[], index: number): number {
  const v = params[index];
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(v)
        ? Number(v)
        : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw invalid(index, 'a non-negative integer');
  return n;
}

/** An array of hex strings. @example const keys = hexArrayParam(params, 0); */
export function hexArrayParam(params: readonly unknown[], index: number): Hex[] {
  const v = params[index];
  if (!Array.isArray(v)) throw invalid(index, 'an array of hex strings');
  return v.map((_, i) => hexParam(v, i));
}
