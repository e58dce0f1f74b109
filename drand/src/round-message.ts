import { sha256 } from '@noble/hashes/sha2';

/**
 * The message a drand unchained beacon signs for `round`, which is also the timelock identity of that round:
 * SHA-256 of the round as a u64 big-endian.
 *
 * @example
 * roundMessage(1000n).length; // 32
 */
export function roundMessage(round: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, round);
  return sha256(bytes);
}
