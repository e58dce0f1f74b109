import { u8aConcat } from '@polkadot/util';
import { blake2AsU8a, ed25519Verify, secp256k1Verify } from '@polkadot/util-crypto';
import { isReady as wasmReady } from '@polkadot/wasm-crypto';
import { sr25519_verify } from '@polkadot-labs/schnorrkel-wasm';
import { shortMessageOf } from '@subnetkit/errors';
import { ChainError } from './chain-error.js';
import { decodeFrom, type EnumValue, readCompact, ScaleReader } from './scale/codec.js';
import type { TypeDef } from './scale/type-def.js';

/** A decoded mortal or immortal era. */
export type Era =
  | { readonly immortal: true }
  | { readonly immortal: false; readonly period: number; readonly phase: number };

/** The signature part of a signed extrinsic. */
export interface ExtrinsicSignature {
  readonly signer: Uint8Array;
  readonly scheme: 'Ed25519' | 'Sr25519' | 'Ecdsa';
  readonly signature: Uint8Array;
  readonly era: Era;
  readonly nonce: number;
  readonly tip: bigint;
  /** The raw bytes of the signed extensions' extra data (era ++ nonce ++ tip). */
  readonly extra: Uint8Array;
}

/** A decoded v4 extrinsic. */
export interface DecodedExtrinsic {
  /** Full bytes including the compact length prefix. */
  readonly bytes: Uint8Array;
  /** `blake2_256(bytes)`. */
  readonly hash: Uint8Array;
  readonly signature: ExtrinsicSignature | undefined;
  readonly callBytes: Uint8Array;
  /** The decoded outer `RuntimeCall` value. */
  readonly call: EnumValue<EnumValue<Record<string, unknown>>>;
}

const bad = (message: string, cause?: unknown) =>
  new ChainError('CHAIN_BAD_EXTRINSIC', message, cause === undefined ? {} : { cause });

/** Decodes a mortal era's two bytes. @example decodeEra(new Uint8Array([0x45, 0x02])) */
export function decodeMortalEra(b0: number, b1: number): Era {
  const encoded = b0 | (b1 << 8);
  const period = 2 << (encoded % (1 << 4));
  const quantizeFactor = Math.max(period >> 12, 1);
  const phase = (encoded >> 4) * quantizeFactor;
  if (period < 4 || phase >= period) throw bad('invalid mortal era');
  return { immortal: false, period, phase };
}

/**
 * The block number an era was born at, relative to the block being built (`current`).
 *
 * @example
 * eraBirth({ immortal: false, period: 64, phase: 10 }, 75) // 74
 */
export function eraBirth(era: Era, current: number): number {
  if (era.immortal) return 0;
  return Math.floor((Math.max(current, era.phase) - era.phase) / era.period) * era.period + era.phase;
}

/**
 * Decodes a v4 extrinsic (with its compact length prefix) and its call. Throws `CHAIN_BAD_EXTRINSIC`.
 *
 * @example
 * const xt = decodeExtrinsic(hexToU8a(hex), runtime.types.runtimeCall);
 */
export function decodeExtrinsic(bytes: Uint8Array, runtimeCall: TypeDef): DecodedExtrinsic {
  try {
    const r = new ScaleReader(bytes);
    const len = Number(readCompact(r));
    if (len !== r.remaining) throw bad(`length prefix ${len} does not match ${r.remaining} bytes`);
    const version = r.byte();
    if ((version & 0x7f) !== 4) throw bad(`unsupported extrinsic version ${version & 0x7f}`);
    let signature: ExtrinsicSignature | undefined;
    if (version & 0x80) {
      const addressType = r.byte();
      if (addressType !== 0x00) throw bad('only MultiAddress::Id signers are supported');
      const signer = r.take(32).slice();
      const schemeByte = r.byte();
      const scheme = (['Ed25519', 'Sr25519', 'Ecdsa'] as const)[schemeByte];
      if (scheme === undefined) throw bad(`invalid signature type ${schemeByte}`);
      const sig = r.take(scheme === 'Ecdsa' ? 65 : 64).slice();
      const extraStart = r.offset;
      const e0 = r.byte();
      const era: Era = e0 === 0 ? { immortal: true } : decodeMortalEra(e0, r.byte());
      const nonce = readCompact(r);
      if (nonce > 0xffffffffn) throw bad('nonce out of range');
      const tip = readCompact(r);
      if (tip >= 1n << 64n) throw bad('tip out of range');
      const extra = bytes.slice(extraStart, r.offset);
      signature = { signer, scheme, signature: sig, era, nonce: Number(nonce), tip, extra };
    }
    const callStart = r.offset;
    const call = decodeFrom<DecodedExtrinsic['call']>(r, runtimeCall);
    if (r.remaining !== 0) throw bad(`${r.remaining} trailing bytes after the call`);
    return { bytes, hash: blake2AsU8a(bytes, 256), signature, callBytes: bytes.slice(callStart), call };
  } catch (error) {
    if (error instanceof ChainError && error.code === 'CHAIN_BAD_EXTRINSIC') throw error;
    throw bad(`could not decode extrinsic: ${shortMessageOf(error)}`, error);
  }
}

/**
 * The bytes a signer signs: `call ++ extra ++ additionalSigned`, hashed with blake2-256 when longer than 256 bytes.
 *
 * @example
 * const msg = signingPayload(xt.callBytes, sig.extra, additional);
 */
export function signingPayload(
  callBytes: Uint8Array,
  extra: Uint8Array,
  additionalSigned: Uint8Array,
): Uint8Array {
  const payload = u8aConcat(callBytes, extra, additionalSigned);
  return payload.length > 256 ? blake2AsU8a(payload, 256) : payload;
}

/**
 * Verifies a signature by its declared scheme (no auto-detection). Malformed inputs verify as false.
 * Call `await cryptoReady()` once before the first use.
 *
 * @example
 * if (!verifySignature('Sr25519', msg, sig, signer)) reject('BadProof');
 */
export function verifySignature(
  scheme: ExtrinsicSignature['scheme'],
  message: Uint8Array,
  signature: Uint8Array,
  signer: Uint8Array,
): boolean {
  try {
    switch (scheme) {
      case 'Sr25519':
        return sr25519_verify(signer, message, signature);
      case 'Ed25519':
        return ed25519Verify(message, signature, signer);
      case 'Ecdsa':
        return secp256k1Verify(message, signature, signer, 'blake2');
    }
  } catch {
    return false;
  }
}

/** True once the wasm crypto backend is initialised. @example if (!cryptoIsReady()) await cryptoWaitReady(); */
export function cryptoIsReady(): boolean {
  return wasmReady();
}
