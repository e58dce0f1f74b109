import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { encodeCompact, readCompact, ScaleReader } from '../frame/scale/codec.js';

/** A Substrate block header (`sp_runtime::generic::Header<u32, BlakeTwo256>`). */
export interface Header {
  readonly parentHash: Uint8Array;
  readonly number: number;
  readonly stateRoot: Uint8Array;
  readonly extrinsicsRoot: Uint8Array;
  /** SCALE-encoded `DigestItem`s. */
  readonly digest: readonly Uint8Array[];
}

/** The JSON shape of a header in Substrate's RPC. */
export interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: string[] };
}

/** The trie root of an empty trie (what a real node puts as `extrinsicsRoot` of an empty body). */
export const EMPTY_TRIE_ROOT = hexToU8a('0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314');

/**
 * SCALE-encodes a header exactly as Substrate does.
 *
 * @example
 * const bytes = encodeHeader(header); const hash = blake2AsU8a(bytes, 256);
 */
export function encodeHeader(h: Header): Uint8Array {
  return u8aConcat(
    h.parentHash,
    encodeCompact(h.number),
    h.stateRoot,
    h.extrinsicsRoot,
    encodeCompact(h.digest.length),
    ...h.digest,
  );
}

/** The block hash: `blake2_256(SCALE(header))`. @example headerHash(header) */
export function headerHash(h: Header): Uint8Array {
  return blake2AsU8a(encodeHeader(h), 256);
}

/**
 * Decodes a header with no digest items or only items this node writes (which it never does yet).
 *
 * @example
 * const header = decodeHeader(record.header);
 */
export function decodeHeader(bytes: Uint8Array): Header {
  const r = new ScaleReader(bytes);
  const parentHash = r.take(32).slice();
  const number = Number(readCompact(r));
  const stateRoot = r.take(32).slice();
  const extrinsicsRoot = r.take(32).slice();
  const count = Number(readCompact(r));
  const digest: Uint8Array[] = [];
  if (count > 0) digest.push(r.take(r.remaining).slice());
  return { parentHash, number, stateRoot, extrinsicsRoot, digest };
}

/** The RPC JSON form of a header (number as hex). @example headerToJson(header).number // '0x1' */
export function headerToJson(h: Header): HeaderJson {
  return {
    parentHash: u8aToHex(h.parentHash),
    number: `0x${h.number.toString(16)}`,
    stateRoot: u8aToHex(h.stateRoot),
    extrinsicsRoot: u8aToHex(h.extrinsicsRoot),
    digest: { logs: h.digest.map((d) => u8aToHex(d)) },
  };
}
