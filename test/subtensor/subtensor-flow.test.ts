/**
 * The acceptance flow over unmodified @polkadot/api: //Alice registers a subnet; 1 owner, 2 validators and
 * 4 miners register and stake; the validators weight miner 1 most; after the subnet's epoch, Incentive,
 * Dividends, Emission and Bonds equal what the pure Yuma module computes from the same on-chain inputs
 * (read at the parent block), miner 1 earns the most, and every neuron's alpha stake grew by exactly
 * its paid emission.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { type EpochInput, epoch } from '@subnetkit/chain/yuma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBlock } from './coinbase-reference.js';
import { readSnapshot } from './coinbase-snapshot.js';
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
  startSubtensor,
  TAO,
} from './helpers.js';
import { delegateTakeSplit, dividendDistribution } from './payout-reference.js';

let devnet: Devnet;
let api: ApiPromise;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

const TEMPO = 12;
const ownerHot = keyring.addFromUri('//Alice_hk');
const validators = [
  { cold: keyring.addFromUri('//Bob'), hot: keyring.addFromUri('//Bob_hk'), stake: 300n * TAO },
  { cold: keyring.addFromUri('//Charlie'), hot: keyring.addFromUri('//Charlie_hk'), stake: 100n * TAO },
];
const minerCold = [keyring.addFromUri('//Dave'), keyring.addFromUri('//Eve')];
const miners = [1, 2, 3, 4].map((i) => ({ cold: minerCold[i % 2]!, hot: keyring.addFromUri(`//Miner${i}`) }));

type Pair = [number, number];
const pairs = (v: unknown): Pair[] => (v as { toJSON(): Pair[] }).toJSON();

/** Reads the epoch's inputs through @polkadot/api at `at` for an epoch run in block `block`. */
async function readInputs(
  netuid: number,
  at: string,
  block: number,
  raoEmission: bigint,
): Promise<EpochInput> {
  const q = (await api.at(at)).query.subtensorModule;
  const n = num(await q.subnetworkN(netuid));
  const hotkeys = await Promise.all(Array.from({ length: n }, (_, uid) => q.keys(netuid, uid)));
  const ownerUid = await q.uids(netuid, await q.subnetOwnerHotkey(netuid));
  const [alphaLow, alphaHigh] = (await q.alphaValues(netuid)).toJSON() as [number, number];
  const tempo = BigInt(num(await q.tempo(netuid)));
  const cutoff = (BigInt(num(await q.activityCutoffFactorMilli(netuid))) * tempo) / 1000n;
  const row = (p: Pair[]) => ({
    uids: Uint16Array.from(p, (x) => x[0]),
    values: Uint16Array.from(p, (x) => x[1]),
  });
  return {
    params: {
      n,
      tempo,
      kappa: num(await q.kappa(netuid)),
      bondsPenalty: num(await q.bondsPenalty(netuid)),
      bondsMovingAverage: big(await q.bondsMovingAverage(netuid)),
      yuma3: (await q.yuma3On(netuid)).toJSON() as boolean,
      liquidAlpha: (await q.liquidAlphaOn(netuid)).toJSON() as boolean,
      alphaLow,
      alphaHigh,
      alphaSigmoidSteepness: num(await q.alphaSigmoidSteepness(netuid)),
      maxAllowedValidators: num(await q.maxAllowedValidators(netuid)),
      stakeThreshold: big(await q.stakeThreshold()),
      ownerUid: (ownerUid.toJSON() as number | null) ?? null,
      commitRevealEnabled: (await q.commitRevealWeightsEnabled(netuid)).toJSON() as boolean,
      lastMechanismStepBlock: big(await q.lastMechansimStepBlock(netuid)),
      taoWeight: big(await q.taoWeight()),
      activityCutoffBlocks: cutoff < 1n ? 1n : cutoff,
    },
    block: BigInt(block),
    raoEmission,
    state: {
      stakeAlpha: await Promise.all(hotkeys.map(async (hk) => big(await q.totalHotkeyAlpha(hk, netuid)))),
      stakeTao: await Promise.all(hotkeys.map(async (hk) => big(await q.totalHotkeyAlpha(hk, 0)))),
      lastUpdate: ((await q.lastUpdate(netuid)).toJSON() as number[]).map(BigInt),
      blockAtRegistration: await Promise.all(
        hotkeys.map(async (_, uid) => big(await q.blockAtRegistration(netuid, uid))),
      ),
      validatorPermit: (await q.validatorPermit(netuid)).toJSON() as boolean[],
      weights: await Promise.all(hotkeys.map(async (_, uid) => row(pairs(await q.weights(netuid, uid))))),
      bonds: await Promise.all(hotkeys.map(async (_, uid) => row(pairs(await q.bonds(netuid, uid))))),
    },
  };
}

describe('subtensor flow: register, stake, set weights, epoch, emission', () => {
  it('behavior: the epoch output and payout equal the pure Yuma module on the on-chain inputs', async () => {
    const tx = api.tx.subtensorModule;
    const netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
    for (const v of validators) {
      await ok(api, tx.burnedRegister(netuid, v.hot.address), v.cold);
      await ok(api, tx.addStake(v.hot.address, netuid, v.stake), v.cold);
    }
    for (const m of miners) await ok(api, tx.burnedRegister(netuid, m.hot.address), m.cold);
    await ok(api, tx.addStake(miners[0]!.hot.address, netuid, TAO), miners[0]!.cold);

    // One epoch hands out validator permits (by stake); then the validators vote.
    const q = api.query.subtensorModule;
    const nextEpoch = async () => big(await q.lastEpochBlock(netuid)) + BigInt(TEMPO);
    await advanceTo(devnet, api, Number(await nextEpoch()));
    const permits = (await q.validatorPermit(netuid)).toJSON() as boolean[];
    const uidOf = async (address: string) => num(opt(await q.uids(netuid, address)).unwrap());
    const vUids = await Promise.all(validators.map((v) => uidOf(v.hot.address)));
    const mUids = await Promise.all(miners.map((m) => uidOf(m.hot.address)));
    for (const u of vUids) expect(permits[u]).toBe(true);

    const weights = [60_000, 20_000, 10_000, 10_000];
    await fund(api, ...validators.map((v) => v.hot));
    for (const v of validators) await ok(api, tx.setWeights(netuid, mUids, weights, 0), v.hot);
    const stored = pairs(await q.weights(netuid, vUids[0]!));
    expect(stored).toEqual(mUids.map((u, i) => [u, Math.floor((weights[i]! * 65_535) / 60_000)]));

    // Stop just before the epoch block, read the inputs there, build the epoch block.
    const epochBlock = Number(await nextEpoch());
    await advanceTo(devnet, api, epochBlock - 1);
    const parent = (await api.rpc.chain.getBlockHash(epochBlock - 1)).toHex();
    const atParent = (await api.at(parent)).query.subtensorModule;
    // The epoch block adds one block of pending emission to what is pending at its parent.
    const added = expectBlock(await readSnapshot(api, parent, [netuid])).subnets.get(netuid)!;
    const pendingValidator = big(await atParent.pendingValidatorEmission(netuid)) + added.validator;
    const pendingRoot = big(await atParent.pendingRootAlphaDivs(netuid)) + (added.rootSell ? added.root : 0n);
    const rao =
      big(await atParent.pendingServerEmission(netuid)) + added.server + pendingValidator + pendingRoot;
    const input = await readInputs(netuid, parent, epochBlock, rao);
    const expected = epoch(input);
    await advanceTo(devnet, api, epochBlock);
    const at = (await api.rpc.chain.getBlockHash(epochBlock)).toHex();
    const after = (await api.at(at)).query.subtensorModule;
    expect(num(await after.subnetEpochIndex(netuid))).toBeGreaterThanOrEqual(2);
    expect(big(await after.lastMechansimStepBlock(netuid))).toBe(BigInt(epochBlock));

    expect((await after.incentive(netuid)).toJSON()).toEqual(expected.incentive);
    expect((await after.dividends(netuid)).toJSON()).toEqual(expected.dividends);
    expect((await after.consensus(netuid)).toJSON()).toEqual(expected.consensus);
    expect((await after.validatorTrust(netuid)).toJSON()).toEqual(expected.validatorTrust);
    expect((await after.active(netuid)).toJSON()).toEqual(expected.active);
    expect((await after.stakeWeight(netuid)).toJSON()).toEqual(expected.stakeWeight);
    expect((await after.validatorPermit(netuid)).toJSON()).toEqual(expected.newValidatorPermit);
    expect(((await after.emission(netuid)).toJSON() as number[]).map(BigInt)).toEqual(expected.emission);
    for (let uid = 0; uid < input.params.n; uid++) {
      const b = expected.bonds[uid]!;
      expect(pairs(await after.bonds(netuid, uid))).toEqual(Array.from(b.uids, (d, k) => [d, b.values[k]]));
    }
    expect(expected.bonds.some((b) => b.uids.length > 0)).toBe(true);

    // Miner 1 earns the most.
    const incentive = expected.incentive;
    for (const u of mUids.slice(1)) expect(incentive[mUids[0]!]!).toBeGreaterThan(incentive[u]!);
    expect(expected.serverEmission[mUids[0]!]!).toBeGreaterThan(0n);

    // Stake grew by exactly the paid emission (miners: incentive; validators: their dividends' share of the
    // pending validator alpha, the delegate take and the rest each floored in U96F32 as subtensor pays them).
    const hotkeys = await Promise.all(
      Array.from({ length: input.params.n }, (_, uid) => q.keys(netuid, uid)),
    );
    const stakes = await Promise.all(
      hotkeys.map(async (hk) => ({
        alpha: big(await atParent.totalHotkeyAlpha(hk, netuid)),
        root: big(await atParent.totalHotkeyAlpha(hk, 0)),
      })),
    );
    const shares = dividendDistribution(
      hotkeys.map((_, uid) => ({ dividend: expected.validatorEmission[uid]!, stakes: stakes[uid]! })),
      pendingValidator,
      pendingRoot,
      big(await atParent.taoWeight()),
    );
    for (const uid of [...vUids, ...mUids]) {
      const hk = hotkeys[uid]!;
      const now = big(await after.totalHotkeyAlpha(hk, netuid));
      const { take, rest } = delegateTakeSplit(shares.alpha[uid]!, num(await q.delegates(hk)));
      expect(now - stakes[uid]!.alpha).toBe(expected.serverEmission[uid]! + take + rest);
    }
    expect(expected.validatorEmission[vUids[0]!]!).toBeGreaterThan(expected.validatorEmission[vUids[1]!]!);
  });
});
