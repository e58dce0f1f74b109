import { encodeWeightsPayload, timelockEncrypt } from '@subnetkit/drand';

/**
 * Parameters of {@link encryptWeightsCommit}.
 *
 * @example
 * const parameters: EncryptWeightsCommitParameters = { hotkey, uids: [0, 1], values: [65535, 21845], versionKey: 0n, revealRound: 1000n, publicKey: QUICKNET.publicKey };
 */
export type EncryptWeightsCommitParameters = {
  /** The committing hotkey's 32-byte public key; the chain reveals only a payload naming the committer. */
  readonly hotkey: Uint8Array;
  readonly uids: readonly number[];
  /** u16 values (`convertWeightsAndUidsForEmit`). */
  readonly values: readonly number[];
  readonly versionKey: bigint;
  /** The drand round whose pulse will decrypt the commit. */
  readonly revealRound: bigint;
  /** The beacon's public key (compressed G2): `Drand.BeaconConfig.public_key`, quicknet's on a real chain. */
  readonly publicKey: Uint8Array | string;
};

/**
 * A CR-v4 commit: the SCALE `WeightsTlockPayload { hotkey, uids, values, version_key }` timelock-encrypted to
 * `revealRound`, byte-compatible with bittensor-drand's `get_encrypted_commit_v2`; what
 * `commit_timelocked_weights` carries.
 *
 * @example
 * const commit = encryptWeightsCommit({ hotkey: signer.publicKey, uids, values, versionKey: 0n, revealRound, publicKey });
 */
export function encryptWeightsCommit(parameters: EncryptWeightsCommitParameters): Uint8Array {
  const { hotkey, uids, values, versionKey, revealRound, publicKey } = parameters;
  const plaintext = encodeWeightsPayload({ hotkey, uids, values, versionKey });
  return timelockEncrypt({ plaintext, round: revealRound, publicKey });
}
