/**
 * A CR-v4 commit opens with the beacon's signature of its reveal round, and only with that round's, into the
 * `WeightsTlockPayload` it was given. A seeded beacon stands in for quicknet (test/drand/ checks quicknet's real
 * signatures against bittensor-drand).
 */
import { u8aToHex } from '@polkadot/util';
import { beaconKeyFromSeed, decodeWeightsPayload, timelockDecrypt } from '@subnetkit/drand';
import { describe, expect, it } from 'vitest';
import { encryptWeightsCommit } from './encrypt-weights-commit.js';

const beacon = beaconKeyFromSeed('encrypt-weights-commit test');
const payload = {
  hotkey: Uint8Array.from({ length: 32 }, (_, i) => i + 1),
  uids: [0, 1, 2],
  values: [65535, 1000, 7],
  versionKey: 42n,
};

describe('encryptWeightsCommit', () => {
  it('default: the reveal round’s signature decrypts the payload naming the hotkey, uids, values and version key', () => {
    const commit = encryptWeightsCommit({ ...payload, revealRound: 9n, publicKey: beacon.publicKey });
    const opened = timelockDecrypt(commit, beacon.sign(9n));
    expect(opened.ok).toBe(true);
    expect(opened.ok && decodeWeightsPayload(opened.plaintext)).toEqual(payload);
  });

  it('args: the public key as hex', () => {
    const commit = encryptWeightsCommit({
      ...payload,
      revealRound: 9n,
      publicKey: u8aToHex(beacon.publicKey),
    });
    expect(timelockDecrypt(commit, beacon.sign(9n)).ok).toBe(true);
  });

  it('error: another round’s signature does not open it', () => {
    const commit = encryptWeightsCommit({ ...payload, revealRound: 9n, publicKey: beacon.publicKey });
    expect(timelockDecrypt(commit, beacon.sign(10n))).toEqual({ ok: false, reason: 'wrong-signature' });
  });
});
