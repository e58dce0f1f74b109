/**
 * Commit-reveal v4 over unmodified @polkadot/api: `commit_timelocked_weights` call data as subtensor encodes it, a
 * commit encrypted to the devnet beacon (its key read from `Drand.BeaconConfig`) revealed by the chain itself with
 * `TimelockedWeightsRevealed` and the committed `Weights`, every refusal by subtensor's error name in its order,
 * 1,000 fuzzed ciphertexts dropped without stopping block production, and a commit over 5,000 bytes refused as
 * undecodable.
 */
import { randomBytes } from 'node:crypto';
import type { ApiPromise } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { encodeWeightsPayload, timelockEncrypt } from '@subnetkit/drand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  big,
  blockNumber,
  createSubnet,
  fund,
  keyring,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
let beaconKey: Uint8Array;
const ownerHot = keyring.addFromUri('//CRv4_owner_hk');
const minerHot = keyring.addFromUri('//CRv4_miner');
const stranger = keyring.addFromUri('//CRv4_stranger');
const TEMPO = 20;
const tx = () => api.tx.subtensorModule;
const lastRound = async () => big(await api.query.drand.lastStoredRound());
const epochIndex = async () => big(await api.query.subtensorModule.subnetEpochIndex(netuid));

/** A CR-v4 commit of `values` for uids 0 and 1 by `hotkey` (the payload names `payloadHotkey`). */
function commitOf(
  round: bigint,
  values: number[],
  payloadHotkey: Uint8Array = ownerHot.publicKey,
): Uint8Array {
  const plaintext = encodeWeightsPayload({ hotkey: payloadHotkey, uids: [0, 1], values, versionKey: 0n });
  return timelockEncrypt({ plaintext, round, publicKey: beaconKey });
}

/** Builds blocks one at a time until `done` holds of a block's events, at most `limit` blocks. */
async function blocksUntil(done: (events: { method: string; data: unknown[] }[]) => boolean, limit: number) {
  for (let i = 0; i < limit; i++) {
    await devnet.newBlock(1);
    const events = (
      (await api.query.system.events()) as unknown as { event: { method: string; data: unknown[] } }[]
    ).map((r) => r.event);
    if (done(events)) return events;
  }
  throw new Error(`not within ${limit} blocks`);
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
  await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, true));
  await ok(api, tx().burnedRegister(netuid, minerHot.address), alice);
  await fund(api, ownerHot, stranger);
  const config = (await api.query.drand.beaconConfig()).toJSON() as { publicKey: string };
  beaconKey = hexToU8a(config.publicKey);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('commit-reveal v4', () => {
  it('default: commit_timelocked_weights call data is subtensor’s (call 113: netuid, Vec<u8>, u64, u16)', () => {
    const commit = new Uint8Array([1, 2, 3]);
    const data = tx().commitTimelockedWeights(netuid, u8aToHex(commit), 123_456n, 4).method.toU8a();
    const expected = Buffer.alloc(2 + 2 + 1 + 3 + 8 + 2);
    expected.writeUInt8(7, 0); // SubtensorModule
    expected.writeUInt8(113, 1);
    expected.writeUInt16LE(netuid, 2);
    expected.writeUInt8(3 << 2, 4); // compact length
    expected.set(commit, 5);
    expected.writeBigUInt64LE(123_456n, 8);
    expected.writeUInt16LE(4, 16);
    expect(u8aToHex(data)).toBe(u8aToHex(expected));
  });

  it('behavior: a commit to a future round is revealed by the chain at the next epoch and sets the weights', async () => {
    expect(beaconKey).toHaveLength(96);
    const round = (await lastRound()) + 3n;
    const commit = commitOf(round, [1000, 3000]);
    const out = await ok(api, tx().commitTimelockedWeights(netuid, u8aToHex(commit), round, 4), ownerHot);
    const committed = out.events.find((e) => e.method === 'TimelockedWeightsCommitted');
    expect(committed?.data.map(String)).toEqual([
      ownerHot.address,
      String(netuid),
      blake2AsHex(commit, 256),
      String(round),
    ]);
    const stored = (
      await api.query.subtensorModule.timelockedWeightCommits(netuid, await epochIndex())
    ).toJSON();
    expect(stored).toEqual([[ownerHot.address, expect.any(Number), u8aToHex(commit), Number(round)]]);
    expect((await api.query.subtensorModule.weights(netuid, 0)).toJSON()).toEqual([]);
    const events = await blocksUntil(
      (es) => es.some((e) => e.method === 'TimelockedWeightsRevealed'),
      TEMPO + 5,
    );
    const revealed = events.find((e) => e.method === 'TimelockedWeightsRevealed');
    expect(revealed?.data.map(String)).toEqual([String(netuid), ownerHot.address]);
    expect((await api.query.subtensorModule.weights(netuid, 0)).toJSON()).toEqual([
      [0, 21_845],
      [1, 65_535],
    ]);
  });

  it('error: every refusal is subtensor’s error, in subtensor’s order', async () => {
    // The devnet beacon (instant mode) stores a round a block: 100 rounds ahead stays valid for the whole test.
    const round = (await lastRound()) + 100n;
    const commit = u8aToHex(commitOf(round, [1, 1]));
    const error = async (call: Parameters<typeof send>[1], signer = ownerHot) =>
      (await send(api, call, signer)).error;
    expect(await error(tx().commitTimelockedWeights(netuid, commit, (await lastRound()) - 1n, 4))).toBe(
      'subtensorModule.InvalidRevealRound',
    );
    expect(await error(tx().commitTimelockedMechanismWeights(netuid, 1, commit, round, 4))).toBe(
      'subtensorModule.MechanismDoesNotExist',
    );
    expect(await error(tx().commitTimelockedWeights(netuid + 50, commit, round, 4))).toBe(
      'subtensorModule.MechanismDoesNotExist',
    );
    expect(await error(tx().commitTimelockedWeights(netuid, commit, round, 3))).toBe(
      'subtensorModule.IncorrectCommitRevealVersion',
    );
    expect(await error(tx().commitTimelockedWeights(netuid, commit, round, 4), stranger)).toBe(
      'subtensorModule.HotKeyNotRegisteredInSubNet',
    );
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, false));
    expect(await error(tx().commitTimelockedWeights(netuid, commit, round, 4))).toBe(
      'subtensorModule.CommitRevealDisabled',
    );
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, true));
    await sudo(api, api.tx.adminUtils.sudoSetWeightsSetRateLimit(netuid, 1000));
    // The commit of the test before set LastUpdate a few blocks ago.
    expect(await error(tx().commitTimelockedWeights(netuid, commit, round, 4))).toBe(
      'subtensorModule.CommittingWeightsTooFast',
    );
    await sudo(api, api.tx.adminUtils.sudoSetWeightsSetRateLimit(netuid, 0));
    // One commit a block: within two epochs of 20 blocks some epoch collects ten, and the eleventh is refused.
    let refusal: string | undefined;
    for (let i = 0; i < 2 * TEMPO && refusal === undefined; i++) {
      refusal = await error(tx().commitTimelockedWeights(netuid, commit, round, 4));
    }
    expect(refusal).toBe('subtensorModule.TooManyUnrevealedCommits');
  });

  it('behavior: 1,000 fuzzed ciphertexts and a commit naming another hotkey are dropped; blocks go on', async () => {
    await devnet.newBlock(2 * TEMPO + 2); // the earlier tests' commits are revealed or expired
    // The next round: the devnet beacon (instant mode) signs rounds while commits wait, so its pulse will be there.
    const round = (await lastRound()) + 1n;
    const valid = commitOf(round, [5, 5]);
    const fuzzed = Array.from({ length: 1000 }, (_, i) => {
      if (i % 10 === 0) {
        // A byte of V, W or the AES ciphertext+tag of a well-formed ciphertext (docs/drand.md has the offsets);
        // the cipher suite is never read back, so it is not a place to tamper with.
        const [start, end] = [
          [104, 136],
          [144, 176],
          [192, valid.length - 36],
        ][(i / 10) % 3]!;
        const mutated = valid.slice();
        mutated[start! + (i % (end! - start!))]! ^= 1 + (i % 255);
        return mutated;
      }
      if (i % 10 === 1) return valid.subarray(0, i % valid.length);
      return new Uint8Array(randomBytes(1 + (i % 400)));
    });
    const foreign = commitOf(round, [9, 9], stranger.publicKey);
    const epoch = await epochIndex();
    const entries = [...fuzzed, foreign].map((ct, i) => [ownerHot.address, i, u8aToHex(ct), round]);
    const key = api.query.subtensorModule.timelockedWeightCommits.key(netuid, epoch);
    await setStorage(api, key, api.createType('Vec<(AccountId32, u64, Bytes, u64)>', entries).toHex());
    await devnet.newBlock(1);
    const stored = (
      await api.query.subtensorModule.timelockedWeightCommits(netuid, epoch)
    ).toJSON() as unknown[];
    expect(stored.length).toBeGreaterThanOrEqual(1001);
    const before = await blockNumber(api);
    const weightsBefore = (await api.query.subtensorModule.weights(netuid, 0)).toJSON();
    // Through the reveal epoch: every entry is taken and none reveals.
    let revealedAny = false;
    for (let i = 0; i < TEMPO + 3; i++) {
      await devnet.newBlock(1);
      const es = (await api.query.system.events()) as unknown as { event: { method: string } }[];
      revealedAny ||= es.some((r) => r.event.method === 'TimelockedWeightsRevealed');
    }
    expect(await blockNumber(api)).toBe(before + TEMPO + 3);
    expect(revealedAny).toBe(false);
    expect((await api.query.subtensorModule.timelockedWeightCommits(netuid, epoch)).toJSON()).toEqual([]);
    expect((await api.query.subtensorModule.weights(netuid, 0)).toJSON()).toEqual(weightsBefore);
  }, 120_000);

  it('error: a commit is a BoundedVec<u8, 5000>: 5,000 bytes commit, 5,001 do not decode (1001)', async () => {
    const { meta } = tx().commitTimelockedWeights;
    const field = meta.fields.find((f) => f.name.toString() === 'commit');
    expect(field?.typeName.toString()).toBe('BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>');
    expect(api.registry.lookup.getTypeDef(field!.type).type).toBe('Bytes');
    const round = (await lastRound()) + 100n;
    const out = await ok(
      api,
      tx().commitTimelockedWeights(netuid, u8aToHex(randomBytes(5000)), round, 4),
      ownerHot,
    );
    expect(out.events.some((e) => e.method === 'TimelockedWeightsCommitted')).toBe(true);
    for (const call of [
      tx().commitTimelockedWeights(netuid, u8aToHex(randomBytes(5001)), round, 4),
      tx().commitTimelockedMechanismWeights(netuid, 0, u8aToHex(randomBytes(5001)), round, 4),
    ]) {
      await expect(send(api, call, ownerHot)).rejects.toThrow(/^1001: Extrinsic has invalid format/);
    }
  });
});
