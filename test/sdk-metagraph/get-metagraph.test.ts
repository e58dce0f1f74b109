/**
 * getMetagraph against a real devnet: every field equals storage read independently through @polkadot/api at the
 * same block, the direct decoder equals @polkadot/types' generic decode of the same runtime call, weights and bonds
 * come on request, historical blocks read the state of that block, and bad input gets its error code.
 */
import type { ApiPromise } from '@polkadot/api';
import { encodeAddress } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { BaseError, decodeMetagraph, getMetagraph, type Metagraph } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { big, num, startSubtensor } from '../subtensor/helpers.js';
import {
  AXON,
  buildSubnet,
  minerCold,
  minerHots,
  ownerHot,
  type SubnetFixture,
  TEMPO,
} from './subnet-fixture.js';

let devnet: Devnet;
let api: ApiPromise;
let fixture: SubnetFixture;
let metagraph: Metagraph;
const U64_MAX = (1n << 64n) - 1n;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  fixture = await buildSubnet(devnet, api);
  metagraph = await getMetagraph({ api }, { netuid: fixture.netuid, weights: true, bonds: true });
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

type Pair = [number, number];
const json = <T>(v: unknown): T => (v as { toJSON(): T }).toJSON();
const u16s = (v: unknown) => json<number[]>(v).map((x) => x / 65_535);

describe('getMetagraph', () => {
  it('default: every field equals storage read through @polkadot/api at the same block', async () => {
    const { netuid } = fixture;
    const at = await api.at(metagraph.blockHash);
    const q = at.query.subtensorModule;
    const header = await api.rpc.chain.getHeader(metagraph.blockHash);
    expect(metagraph.block).toBe(header.number.toNumber());
    expect(metagraph.block).toBeGreaterThanOrEqual(fixture.epochBlock);
    expect(metagraph.netuid).toBe(netuid);

    const n = num(await q.subnetworkN(netuid));
    expect(n).toBe(4);
    expect(metagraph.n).toBe(n);
    expect([...metagraph.uids]).toEqual([0, 1, 2, 3]);
    const hotkeys = await Promise.all(
      Array.from({ length: n }, async (_, uid) => json<string>(await q.keys(netuid, uid))),
    );
    expect(metagraph.hotkeys).toEqual(hotkeys.map((k) => encodeAddress(k, 42)));
    expect(metagraph.hotkeys[0]).toBe(ownerHot.address);
    expect(metagraph.hotkeys[3]).toBe(minerHots[1]!.address);
    const coldkeys = await Promise.all(
      hotkeys.map(async (hk) => encodeAddress(json<string>(await q.owner(hk)), 42)),
    );
    expect(metagraph.coldkeys).toEqual(coldkeys);
    expect(metagraph.coldkeys[2]).toBe(minerCold.address);
    expect(metagraph.ownerHotkey).toBe(ownerHot.address);
    expect(metagraph.ownerColdkey).toBe(encodeAddress(json<string>(await q.subnetOwner(netuid)), 42));

    const taoWeight = big(await q.taoWeight());
    for (let uid = 0; uid < n; uid++) {
      const alpha = big(await q.totalHotkeyAlpha(hotkeys[uid], netuid));
      const tao = (big(await q.totalHotkeyAlpha(hotkeys[uid], 0)) * taoWeight) / U64_MAX;
      expect(metagraph.stake.alphaRao[uid]).toBe(alpha);
      expect(metagraph.stake.taoRao[uid]).toBe(tao);
      expect(metagraph.stake.totalRao[uid]).toBe(alpha + tao);
      expect(metagraph.stake.alpha[uid]).toBe(Number(alpha) / 1e9);
      expect(metagraph.stake.total[uid]).toBe(Number(alpha + tao) / 1e9);
      expect(metagraph.blockAtRegistration[uid]).toBe(num(await q.blockAtRegistration(netuid, uid)));
      expect(metagraph.alphaDividends[uid]).toBe(
        Number(big(await q.alphaDividendsPerSubnet(netuid, hotkeys[uid]))) / 1e9,
      );
    }
    expect(metagraph.stake.alpha[1]).toBeGreaterThan(100);

    expect([...metagraph.incentive]).toEqual(u16s(await q.incentive(netuid)));
    expect([...metagraph.dividends]).toEqual(u16s(await q.dividends(netuid)));
    expect([...metagraph.consensus]).toEqual(u16s(await q.consensus(netuid)));
    expect([...metagraph.validatorTrust]).toEqual(u16s(await q.validatorTrust(netuid)));
    expect([...metagraph.emission]).toEqual(json<number[]>(await q.emission(netuid)).map((x) => x / 1e9));
    expect([...metagraph.active]).toEqual(json<boolean[]>(await q.active(netuid)).map(Number));
    expect([...metagraph.validatorPermit]).toEqual(
      json<boolean[]>(await q.validatorPermit(netuid)).map(Number),
    );
    expect([...metagraph.lastUpdate]).toEqual(json<number[]>(await q.lastUpdate(netuid)));
    // The epoch ran on these inputs: the weighted miner earns, the validator has trust.
    expect(metagraph.incentive[2]).toBeGreaterThan(metagraph.incentive[3]);
    expect(metagraph.validatorTrust[1]).toBeGreaterThan(0);
    expect(metagraph.dividends[1]).toBeGreaterThan(0);
    expect(metagraph.emission[2]).toBeGreaterThan(0);

    const axon = json<Record<string, number>>(await q.axons(netuid, hotkeys[2]));
    expect(metagraph.axons[2]).toEqual({
      block: axon.block,
      version: AXON.version,
      ip: AXON.ipText,
      port: AXON.port,
      ipType: 4,
      protocol: AXON.protocol,
    });
    expect(metagraph.axons[3]).toMatchObject({ ip: '0.0.0.0', port: 0, block: 0 });

    const hp = metagraph.hyperparameters;
    expect(hp.tempo).toBe(TEMPO);
    expect(hp.tempo).toBe(num(await q.tempo(netuid)));
    expect(hp.kappa).toBe(num(await q.kappa(netuid)));
    expect(hp.rho).toBe(num(await q.rho(netuid)));
    expect(hp.immunityPeriod).toBe(num(await q.immunityPeriod(netuid)));
    expect(hp.maxUids).toBe(num(await q.maxAllowedUids(netuid)));
    expect(hp.maxValidators).toBe(num(await q.maxAllowedValidators(netuid)));
    expect(hp.minAllowedWeights).toBe(num(await q.minAllowedWeights(netuid)));
    expect(hp.maxWeightsLimit).toBe(num(await q.maxWeightsLimit(netuid)));
    expect(hp.weightsRateLimit).toBe(num(await q.weightsSetRateLimit(netuid)));
    expect(hp.weightsVersion).toBe(num(await q.weightsVersionKey(netuid)));
    expect(hp.burn).toBe(big(await q.burn(netuid)));
    expect(hp.commitRevealWeightsEnabled).toBe(false);
    expect(hp.maxRegsPerBlock).toBe(num(await q.maxRegistrationsPerBlock(netuid)));
    expect(metagraph.lastStep).toBe(num(await q.lastMechansimStepBlock(netuid)));
    expect(metagraph.networkRegisteredAt).toBe(num(await q.networkRegisteredAt(netuid)));
    expect(metagraph.pool.taoIn).toBe(big(await q.subnetTAO(netuid)));
    expect(metagraph.pool.alphaIn).toBe(big(await q.subnetAlphaIn(netuid)));
    expect(metagraph.pool.alphaOut).toBe(big(await q.subnetAlphaOut(netuid)));
  });

  it('behavior: the direct decoder equals the generic @polkadot/types decode of the same call', async () => {
    const at = await api.at(metagraph.blockHash);
    const generic = json<Record<string, any>>(
      (
        (await at.call.subnetInfoRuntimeApi.getMetagraph(fixture.netuid)) as unknown as { unwrap(): unknown }
      ).unwrap(),
    );
    expect(Object.keys(generic)).toHaveLength(72);
    const m = metagraph;
    expect(m.block).toBe(generic.block);
    expect(m.n).toBe(generic.numUids);
    expect(m.hotkeys).toEqual(generic.hotkeys.map((k: string) => encodeAddress(k, 42)));
    expect(m.coldkeys).toEqual(generic.coldkeys.map((k: string) => encodeAddress(k, 42)));
    expect(m.name).toBe(String.fromCharCode(...generic.name));
    expect(m.symbol).toBe(Buffer.from(generic.symbol).toString('utf8'));
    expect([...m.active]).toEqual(generic.active.map(Number));
    expect([...m.validatorPermit]).toEqual(generic.validatorPermit.map(Number));
    expect([...m.lastUpdate]).toEqual(generic.lastUpdate);
    expect([...m.blockAtRegistration]).toEqual(generic.blockAtRegistration);
    expect([...m.emission]).toEqual(generic.emission.map((x: number) => x / 1e9));
    expect([...m.incentive]).toEqual(generic.incentives.map((x: number) => x / 65_535));
    expect([...m.dividends]).toEqual(generic.dividends.map((x: number) => x / 65_535));
    expect([...m.consensus]).toEqual(generic.consensus.map((x: number) => x / 65_535));
    expect([...m.stake.alphaRao]).toEqual(generic.alphaStake.map(BigInt));
    expect([...m.stake.taoRao]).toEqual(generic.taoStake.map(BigInt));
    expect([...m.stake.totalRao]).toEqual(generic.totalStake.map(BigInt));
    expect([...m.alphaDividends]).toEqual(
      generic.alphaDividendsPerHotkey.map((p: [string, number]) => p[1] / 1e9),
    );
    expect([...m.taoDividends]).toEqual(
      generic.taoDividendsPerHotkey.map((p: [string, number]) => p[1] / 1e9),
    );
    expect(m.axons.map((a) => [a.block, a.version, a.port, a.ipType, a.protocol])).toEqual(
      generic.axons.map((a: Record<string, number>) => [a.block, a.version, a.port, a.ipType, a.protocol]),
    );
    const hp = m.hyperparameters;
    for (const key of [
      'rho',
      'kappa',
      'minAllowedWeights',
      'maxWeightsLimit',
      'weightsVersion',
      'weightsRateLimit',
      'activityCutoff',
      'maxValidators',
      'immunityPeriod',
      'adjustmentInterval',
      'targetRegsPerInterval',
      'maxRegsPerBlock',
      'servingRateLimit',
      'commitRevealPeriod',
      'alphaHigh',
      'alphaLow',
      'registrationAllowed',
      'powRegistrationAllowed',
      'commitRevealWeightsEnabled',
      'liquidAlphaEnabled',
    ] as const) {
      expect([key, hp[key]]).toEqual([key, generic[key]]);
    }
    expect(hp.maxUids).toBe(generic.maxUids);
    expect(hp.bondsMovingAvg).toBe(generic.bondsMovingAvg);
    for (const key of [
      'burn',
      'difficulty',
      'minDifficulty',
      'maxDifficulty',
      'minBurn',
      'maxBurn',
      'adjustmentAlpha',
    ] as const) {
      expect([key, hp[key]]).toEqual([key, BigInt(generic[key])]);
    }
    expect(m.lastStep).toBe(generic.lastStep);
    expect(m.blocksSinceLastStep).toBe(generic.blocksSinceLastStep);
    expect(m.networkRegisteredAt).toBe(generic.networkRegisteredAt);
    expect(m.pool.alphaIn).toBe(BigInt(generic.alphaIn));
    expect(m.pool.taoIn).toBe(BigInt(generic.taoIn));
    expect(m.pool.movingPrice).toBe(
      Number(BigInt(generic.movingPrice.bits ?? generic.movingPrice)) / 2 ** 32,
    );
    expect(m.emissions.pendingAlpha).toBe(BigInt(generic.pendingAlphaEmission));

    // The same bytes, cut short or with a byte too many, are refused rather than misread.
    const answer = await api.rpc.state.call(
      'SubnetInfoRuntimeApi_get_metagraph',
      '0x0100',
      metagraph.blockHash,
    );
    const struct = answer.toU8a(true).subarray(1);
    expect(decodeMetagraph(struct).hotkeys).toEqual(m.hotkeys);
    const malformed = expect.objectContaining({ code: 'SDK_METAGRAPH_MALFORMED' });
    expect(() => decodeMetagraph(struct.subarray(0, -1))).toThrow(malformed);
    expect(() => decodeMetagraph(Uint8Array.from([...struct, 0]))).toThrow(malformed);
  });

  it('behavior: weights and bonds come on request, as stored', async () => {
    const { netuid } = fixture;
    const q = (await api.at(metagraph.blockHash)).query.subtensorModule;
    for (const [name, item] of [
      ['weights', q.weights],
      ['bonds', q.bonds],
    ] as const) {
      const rows = metagraph[name]!;
      expect(rows).toHaveLength(4);
      for (let uid = 0; uid < 4; uid++) {
        const stored = json<Pair[]>(await item(netuid, uid));
        expect([name, uid, [...rows[uid].uids]]).toEqual([name, uid, stored.map((p) => p[0])]);
        expect([name, uid, [...rows[uid].values]]).toEqual([name, uid, stored.map((p) => p[1])]);
      }
    }
    expect([...metagraph.weights![1].uids]).toEqual([2, 3]);
    expect(metagraph.weights![1].values[0]).toBe(65_535);
    expect(metagraph.bonds![1].uids.length).toBeGreaterThan(0);
    const lite = await getMetagraph({ api }, { netuid, block: metagraph.blockHash });
    expect(lite.weights).toBeUndefined();
    expect(lite.bonds).toBeUndefined();
  });

  it('behavior: a historical block reads the state of that block, by number and by hash', async () => {
    const { netuid, blockBeforeSecondMiner } = fixture;
    const before = await getMetagraph({ api }, { netuid, block: blockBeforeSecondMiner });
    expect(before.block).toBe(blockBeforeSecondMiner);
    expect(before.blockHash).toBe((await api.rpc.chain.getBlockHash(blockBeforeSecondMiner)).toHex());
    expect(before.n).toBe(3);
    expect(before.hotkeys).toEqual(metagraph.hotkeys.slice(0, 3));
    expect([...before.incentive]).toEqual([0, 0, 0]);
    const byHash = await getMetagraph({ api }, { netuid, block: before.blockHash });
    expect(byHash).toEqual(before);
    const same = await getMetagraph({ api }, { netuid, block: metagraph.block, weights: true, bonds: true });
    expect(same).toEqual(metagraph);
  });

  it('error: unknown netuid, unknown block, bad arguments', async () => {
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: unknown) => (error instanceof BaseError ? error.code : String(error)),
      );
    expect(await code(getMetagraph({ api }, { netuid: 77 }))).toBe('SDK_SUBNET_NOT_FOUND');
    expect(await code(getMetagraph({ api }, { netuid: fixture.netuid, block: 0 }))).toBe(
      'SDK_SUBNET_NOT_FOUND',
    );
    expect(await code(getMetagraph({ api }, { netuid: fixture.netuid, block: 1_000_000 }))).toBe(
      'SDK_BLOCK_NOT_FOUND',
    );
    expect(await code(getMetagraph({ api }, { netuid: fixture.netuid, block: `0x${'ab'.repeat(32)}` }))).toBe(
      'SDK_BLOCK_NOT_FOUND',
    );
    expect(await code(getMetagraph({ api }, { netuid: 70_000 }))).toBe('SDK_INVALID_ARGUMENT');
    expect(await code(getMetagraph({ api }, { netuid: 1, block: -1 }))).toBe('SDK_INVALID_ARGUMENT');
    expect(await code(getMetagraph({ api }, { netuid: 1, block: '0x12' as `0x${string}` }))).toBe(
      'SDK_INVALID_ARGUMENT',
    );
  });
});
