/**
 * The coinbase on a devnet over unmodified @polkadot/api: three subnets with different pools, TAO flows,
 * tempos and EMA speeds (`SubnetMovingAlpha` 0.05, `EMAPriceHalvingBlocks` per subnet), root stake on the root
 * subnet, run for 1,000 blocks. At every block, what each subnet
 * received (`SubnetTaoInEmission`, `SubnetExcessTao`, `SubnetAlphaInEmission`, `SubnetAlphaOutEmission`), the
 * pending emission, `TotalIssuance` and `SubnetMovingPrice` equal `coinbase-reference.ts`'s values computed
 * from the parent block's storage, to the rao; at every epoch the drained owner cut lands on the owner's hotkey.
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlockExpectation, expectBlock, nextMovingPrice } from './coinbase-reference.js';
import { bits, readSnapshot } from './coinbase-snapshot.js';
import {
  big,
  createSubnet,
  keyring,
  ok,
  opt,
  send,
  setStorage,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const BLOCKS = 1_000;
const owners = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
const ownerHots = [1, 2, 3].map((i) => keyring.addFromUri(`//CoinbaseOwner${i}`));
const staker = keyring.addFromUri('//Dave');
const validatorHots = [1, 2, 3].map((i) => keyring.addFromUri(`//CoinbaseValidator${i}`));
const rootHot = keyring.addFromUri('//CoinbaseRoot');
/** Per subnet: tempo, TAO staked by its validator, EMA halving blocks, and alpha added to the pool (price < 1). */
const plans = [
  { tempo: 10, stake: 50n * TAO, halving: 40n, extraAlpha: 0n },
  { tempo: 15, stake: 600n * TAO, halving: 150n, extraAlpha: 0n },
  { tempo: 20, stake: 200n * TAO, halving: 400n, extraAlpha: 6_000n * TAO },
];
const netuids: number[] = [];

const q = () => api.query.subtensorModule;
const tx = () => api.tx.subtensorModule;
const u64 = (n: bigint) => u8aToHex(api.createType('u64', n).toU8a());

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  await ok(api, tx().rootRegister(rootHot.address), staker);
  await ok(api, tx().addStake(rootHot.address, 0, 3_000n * TAO), staker);
  for (const [i, plan] of plans.entries()) {
    const owner = owners[i] as KeyringPair;
    const netuid = await createSubnet(api, owner, ownerHots[i]!, { tempo: plan.tempo });
    netuids.push(netuid);
    // Take 0 on the owner's hotkey: what it receives at an epoch is then the owner cut and its dividends.
    await ok(api, tx().decreaseTake(ownerHots[i]!.address, 0), owner);
    await ok(api, tx().burnedRegister(netuid, validatorHots[i]!.address), staker);
    await ok(api, tx().addStake(validatorHots[i]!.address, netuid, plan.stake), staker);
    await sudo(api, api.tx.adminUtils.sudoSetEmaPriceHalvingPeriod(netuid, plan.halving));
    if (plan.extraAlpha > 0n) {
      const alphaIn = big(await q().subnetAlphaIn(netuid));
      await setStorage(api, q().subnetAlphaIn.key(netuid), u64(alphaIn + plan.extraAlpha));
    }
  }
  // A faster EMA than subtensor's 0.000003, so the moving prices (and the root sell flag) move within the run.
  await setStorage(api, q().subnetMovingAlpha.key(), u8aToHex(api.createType('u128', 214_748_365n).toU8a()));
  await devnet.newBlock(1);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('coinbase over 1,000 blocks', () => {
  it('behavior: TAO flows are recorded by stake, unstake and registration', async () => {
    const flows = await Promise.all(
      netuids.map(async (n) => (await q().subnetTaoFlow(n)).toJSON() as number),
    );
    for (const flow of flows) expect(flow).toBeGreaterThan(0);
    expect(flows[1]).toBeGreaterThan(flows[2]!);
    expect(flows[2]).toBeGreaterThan(flows[0]!);
    const netuid = netuids[2]!;
    const before = BigInt((await q().subnetTaoFlow(netuid)).toJSON() as number);
    const out = await send(api, tx().removeStake(validatorHots[2]!.address, netuid, 20n * TAO), staker);
    const removed = out.events.find((e) => e.method === 'StakeRemoved')!;
    const taoOut = BigInt((removed.data as unknown as { toString(): string }[])[2]!.toString());
    expect(BigInt((await q().subnetTaoFlow(netuid)).toJSON() as number)).toBe(before - taoOut);
  });

  it('behavior: every block follows subtensor’s coinbase to the rao; the owner cut lands on the owner’s hotkey', async () => {
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    const first = await Promise.all(
      netuids.map(async (n) => big(opt(await q().firstEmissionBlockNumber(n)).unwrap())),
    );
    const movingAlpha = bits(await q().subnetMovingAlpha());
    const read = async (block: number) => {
      const hash = (await api.rpc.chain.getBlockHash(block)).toHex();
      const at = await api.at(hash);
      const per = (n: number, i: number) => [
        [at.query.subtensorModule.subnetTaoInEmission, n],
        [at.query.subtensorModule.subnetExcessTao, n],
        [at.query.subtensorModule.subnetAlphaInEmission, n],
        [at.query.subtensorModule.subnetAlphaOutEmission, n],
        [at.query.subtensorModule.pendingOwnerCut, n],
        [at.query.subtensorModule.pendingServerEmission, n],
        [at.query.subtensorModule.pendingValidatorEmission, n],
        [at.query.subtensorModule.pendingRootAlphaDivs, n],
        [at.query.subtensorModule.lastEpochBlock, n],
        [at.query.subtensorModule.totalHotkeyAlpha, [ownerHots[i]!.address, n]],
        [at.query.subtensorModule.alphaDividendsPerSubnet, [n, ownerHots[i]!.address]],
        [at.query.subtensorModule.emaPriceHalvingBlocks, n],
      ];
      const values = await at.queryMulti(netuids.flatMap(per) as Parameters<typeof at.queryMulti>[0]);
      const subnets = netuids.map((_, i) => values.slice(i * 12, i * 12 + 12).map(big));
      return { snapshot: await readSnapshot(api, hash, netuids), subnets };
    };
    let parent = await read(start);
    let epochs = 0;
    let rootSellBlocks = 0;
    let excessBlocks = 0;
    let injectedBlocks = 0;
    for (let done = 0; done < BLOCKS; done += 100) {
      await devnet.newBlock(100);
      for (let block = start + done + 1; block <= start + done + 100; block++) {
        const expected: BlockExpectation = expectBlock(parent.snapshot);
        const now = await read(block);
        const issued = now.snapshot.totalIssuance - parent.snapshot.totalIssuance;
        expect(issued, `TotalIssuance at ${block}`).toBe(expected.minted - expected.recycled);
        netuids.forEach((netuid, i) => {
          const e = expected.subnets.get(netuid)!;
          const [
            taoIn,
            excess,
            alphaIn,
            alphaOut,
            ownerCut,
            server,
            validator,
            root,
            lastEpoch,
            ownerStake,
            ownerDivs,
          ] = now.subnets[i]!;
          const before = parent.subnets[i]!;
          const where = `subnet ${netuid} at block ${block}`;
          expect([taoIn, excess, alphaIn, alphaOut], where).toEqual([
            e.taoIn,
            e.excessTao,
            e.alphaIn,
            e.alphaOut,
          ]);
          const added = [e.ownerCut, e.server, e.validator, e.rootSell ? e.root : 0n];
          const pendingNow = [ownerCut, server, validator, root];
          if (lastEpoch === BigInt(block)) {
            epochs++;
            expect(pendingNow, where).toEqual([0n, 0n, 0n, 0n]);
            const drainedCut = before[4]! + e.ownerCut;
            expect(ownerStake! - before[9]!, `owner hotkey stake, ${where}`).toBe(drainedCut + ownerDivs!);
          } else {
            expect(pendingNow, where).toEqual(added.map((a, k) => before[4 + k]! + a));
          }
          const { subnetTao, alphaIn: reserve } = now.snapshot.subnets[i]!;
          const moving = nextMovingPrice(
            parent.snapshot.subnets[i]!.movingPrice,
            (subnetTao << 64n) / reserve,
            BigInt(block) - (first[i]! - 1n),
            now.subnets[i]![11]!,
            movingAlpha,
          );
          expect(now.snapshot.subnets[i]!.movingPrice, `moving price, ${where}`).toBe(moving);
          if (e.rootSell) rootSellBlocks++;
          if (e.excessTao > 0n) excessBlocks++;
          if (e.taoIn > 0n) injectedBlocks++;
        });
        parent = now;
      }
    }
    // The run went through epochs, chain buys, injections and both root-sell states.
    expect(epochs).toBeGreaterThan(100);
    expect(excessBlocks).toBeGreaterThan(0);
    expect(injectedBlocks).toBeGreaterThan(0);
    expect(rootSellBlocks).toBeGreaterThan(0);
    expect(rootSellBlocks).toBeLessThan(BLOCKS * netuids.length);
    // Different prices gave different shares.
    const shares = netuids.map((n) => parent.snapshot.subnets.find((s) => s.netuid === n)!.movingPrice);
    expect(new Set(shares).size).toBe(3);
  }, 120_000);
});
