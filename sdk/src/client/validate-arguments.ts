/**
 * Argument checks shared by the client actions. Each throws `SDK_INVALID_ARGUMENT` naming the parameter, before any
 * network call, so a bad value never costs a fee or a round trip.
 */
import { decodeAddress } from '@polkadot/util-crypto';
import { SdkError } from '../errors/sdk-error.js';

const U16_MAX = 0xffff;
const U64_MAX = (1n << 64n) - 1n;

function invalid(name: string, expected: string, value: unknown): SdkError {
  const shown = typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
  return new SdkError('SDK_INVALID_ARGUMENT', `\`${name}\` must be ${expected}, got ${shown}.`);
}

/**
 * A netuid, uid or other u16.
 *
 * @example
 * const netuid = u16Argument('netuid', parameters.netuid);
 */
export function u16Argument(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > U16_MAX) {
    throw invalid(name, 'an integer in 0..65535', value);
  }
  return value;
}

/**
 * A u64 (rao amounts, version keys, block numbers) given as a bigint or a safe integer.
 *
 * @example
 * const amount = u64Argument('amount', parameters.amount);
 */
export function u64Argument(name: string, value: unknown): bigint {
  const ok =
    (typeof value === 'bigint' && value >= 0n && value <= U64_MAX) ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
  if (!ok) throw invalid(name, 'a non-negative integer (u64)', value);
  return BigInt(value as bigint | number);
}

/**
 * A positive u64 amount (a transfer or stake of 0 is always a mistake).
 *
 * @example
 * const amount = amountArgument('amount', 10n ** 9n);
 */
export function amountArgument(name: string, value: unknown): bigint {
  const amount = u64Argument(name, value);
  if (amount === 0n) throw invalid(name, 'greater than 0', value);
  return amount;
}

/**
 * An SS58 address (any prefix) or a 32-byte public key; returned as given when it decodes to 32 bytes.
 *
 * @example
 * const hotkey = addressArgument('hotkey', parameters.hotkey);
 */
export function addressArgument(name: string, value: unknown): string {
  if (typeof value === 'string') {
    try {
      if (decodeAddress(value).length === 32) return value;
    } catch {
      // reported below
    }
  }
  throw invalid(name, 'an SS58 address', value);
}

/**
 * A positive deadline in ms, or `undefined` for the client's default.
 *
 * @example
 * const deadlineMs = deadlineArgument(parameters.deadlineMs);
 */
export function deadlineArgument(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalid('deadlineMs', 'a positive number of ms', value);
  }
  return value;
}

/**
 * A 32-byte hash as `0x` hex (block hashes).
 *
 * @example
 * const at = hashArgument('hash', parameters.hash);
 */
export function hashArgument(name: string, value: unknown): string {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value)) {
    throw invalid(name, 'a 0x-prefixed 32-byte hex string', value);
  }
  return value;
}
