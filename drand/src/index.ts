/**
 * `@subnetkit/drand`: drand quicknet timelock encryption as subtensor's CR-v4 uses it, one implementation for the
 * devnet's reveal and the SDK's commit. Byte-compatible with the Rust `tle` crate and `bittensor-drand`; every curve
 * operation is `@noble/curves`' BLS12-381, AES-256-GCM is `node:crypto`. The format is in docs/drand.md.
 *
 * @example
 * import { QUICKNET, timelockDecrypt, timelockEncrypt } from '@subnetkit/drand';
 * const ct = timelockEncrypt({ plaintext, round: 1000n, publicKey: QUICKNET.publicKey });
 * timelockDecrypt(ct, signatureOfRound1000); // { ok: true, plaintext }
 */
export { type BeaconKey, beaconKeyFromSeed } from './beacon-key.js';
export { DrandError, type DrandErrorCode } from './drand-error.js';
export { QUICKNET, QUICKNET_DST } from './quicknet.js';
export { roundMessage } from './round-message.js';
export { type TimelockDecryptResult, type TimelockFailure, timelockDecrypt } from './timelock-decrypt.js';
export { type TimelockEncryptParameters, timelockEncrypt } from './timelock-encrypt.js';
export { decodeTleCiphertext, encodeTleCiphertext, type TleCiphertext } from './tle-ciphertext.js';
export { type DrandPulse, verifyPulse } from './verify-pulse.js';
export { decodeWeightsPayload, encodeWeightsPayload, type WeightsPayload } from './weights-payload.js';
