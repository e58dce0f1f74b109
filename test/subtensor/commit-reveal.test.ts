/**
 * Commit-reveal v2 over @polkadot/api: a commit, a too-early reveal, a wrong-salt reveal, a correct
 * reveal (one epoch later, as `RevealPeriodEpochs` = 1) and an expired commit. The hash is the SDK's
 * `generate_weight_hash`: `blake2_256(SCALE((hotkey, netuid, uids, values, salt, version_key)))`.
 */
import type { ApiPromise } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceTo,
  alice,
  big,
  createSubnet,
  fund,
  keyring,
  num,
  ok,
  opt,
  send,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const ownerHot = keyring.addFromUri('//Alice_hk');
const minerHot = keyring.addFromUri('//CR_miner');
const TEMPO = 20;

const hashOf = (uids: number[], values: number[], salt: number[], version: bigint) =>
  blake2AsHex(
    api
      .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
        ownerHot.address,
        netuid,
        uids,
        values,
        salt,
        version,
      ])
      .toU8a(),
    256,
  );

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
  await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, true));
  await ok(api, api.tx.subtensorModule.burnedRegister(netuid, minerHot.address), alice);
  await fund(api, ownerHot);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

const epochIndex = async () => big(await api.query.subtensorModule.subnetEpochIndex(netuid));
const nextEpoch = async () => Number(big(await api.query.subtensorModule.lastEpochBlock(netuid))) + TEMPO;

describe('commit-reveal v2', () => {
  const uids = [0, 1];
  const values = [1000, 3000];
  const salt = [7, 8, 9];
  const tx = () => api.tx.subtensorModule;

  it('behavior: commit, too-early reveal, wrong salt, correct reveal one epoch later', async () => {
    const hash = hashOf(uids, values, salt, 0n);
    // The chain's own hash function agrees with the SDK layout.
    const out = await ok(api, tx().commitWeights(netuid, hash), ownerHot);
    const committed = out.events.find((e) => e.method === 'WeightsCommitted');
    expect(committed?.data[2]).toBe(hash);
    const commitEpoch = await epochIndex();
    const stored = (
      await api.query.subtensorModule.weightCommits(netuid, ownerHot.address)
    ).toJSON() as unknown[][];
    expect(stored[0]![0]).toBe(hash);
    expect(BigInt(stored[0]![1] as number)).toBe(commitEpoch);

    expect((await send(api, tx().revealWeights(netuid, uids, values, salt, 0), ownerHot)).error).toBe(
      'subtensorModule.RevealTooEarly',
    );
    await advanceTo(devnet, api, await nextEpoch());
    expect(await epochIndex()).toBe(commitEpoch + 1n);
    expect((await send(api, tx().revealWeights(netuid, uids, values, [1, 2, 3], 0), ownerHot)).error).toBe(
      'subtensorModule.InvalidRevealCommitHashNotMatch',
    );
    const revealed = await ok(api, tx().revealWeights(netuid, uids, values, salt, 0), ownerHot);
    expect(revealed.events.some((e) => e.method === 'WeightsRevealed')).toBe(true);
    expect((await api.query.subtensorModule.weights(netuid, 0)).toJSON()).toEqual([
      [0, 21845],
      [1, 65535],
    ]);
    expect(opt(await api.query.subtensorModule.weightCommits(netuid, ownerHot.address)).isNone).toBe(true);
    expect((await send(api, tx().revealWeights(netuid, uids, values, salt, 0), ownerHot)).error).toBe(
      'subtensorModule.NoWeightsCommitFound',
    );
  });

  it('error: an expired commit (two epochs later) is ExpiredWeightCommit', async () => {
    const hash = hashOf(uids, [5, 5], salt, 0n);
    await ok(api, tx().commitWeights(netuid, hash), ownerHot);
    await advanceTo(devnet, api, await nextEpoch());
    await advanceTo(devnet, api, await nextEpoch());
    expect((await send(api, tx().revealWeights(netuid, uids, [5, 5], salt, 0), ownerHot)).error).toBe(
      'subtensorModule.ExpiredWeightCommit',
    );
  });

  it('error: CommitRevealDisabled when commit-reveal is off; set_weights is refused while it is on', async () => {
    expect((await send(api, tx().setWeights(netuid, [0], [1], 0), ownerHot)).error).toBe(
      'subtensorModule.CommitRevealEnabled',
    );
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, false));
    expect((await send(api, tx().commitWeights(netuid, hashOf([0], [1], [1], 0n)), ownerHot)).error).toBe(
      'subtensorModule.CommitRevealDisabled',
    );
    expect(num(await api.query.subtensorModule.revealPeriodEpochs(netuid))).toBe(1);
  });
});
