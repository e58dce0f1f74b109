/**
 * setWeights against a real devnet: each of subtensor's refusals is provoked and comes back as its typed result
 * (before anything is submitted), a refusal the pre-check could not predict is mapped from the chain's error, and
 * float or u16 weights land max-upscaled; with commit-reveal on, the weights go through CR-v4 and the chain reveals
 * them.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  createKeypair,
  getBlock,
  getLastDrandRound,
  getNeuron,
  getTimelockedWeightCommits,
  type SetWeightsReturnType,
  type SubtensorClient,
  setWeights,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { alice, buildSubnet, minerHot, ownerHot, startClientDevnet, TAO, validatorHot } from './fixture.js';

let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;

const sudo = (name: string, value: number | bigint | boolean, net: number | 'global' = netuid) =>
  sudoSetHyperparameter(client, { signer: alice, name, value, ...(net === 'global' ? {} : { netuid: net }) });
const set = (uids: number[], weights: number[], options: { versionKey?: bigint; net?: number } = {}) =>
  setWeights(client, { signer: validatorHot, netuid: options.net ?? netuid, uids, weights, ...options });
/** Total requests the client's provider sent (submissions included). */
const submitted = async () => (await client.api.rpc.author.pendingExtrinsics()).length;

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  netuid = await buildSubnet(devnet, client);
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

async function expectRefused(result: Promise<SetWeightsReturnType>, expected: object) {
  const before = (await getBlock(client)).number;
  expect(await result).toEqual(expected);
  // Refused by the pre-check: nothing was submitted, so no block was built.
  expect((await getBlock(client)).number).toBe(before);
  expect(await submitted()).toBe(0);
}

describe('setWeights', () => {
  it('default: float weights are max-upscaled to u16 and stored; the result names the block', async () => {
    const result = await set([1, 2], [0.5, 0.25]);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.events.some((e) => e.name === 'WeightsSet')).toBe(true);
    const neuron = await getNeuron(client, { netuid, uid: 1 });
    expect(neuron?.weights).toEqual([
      [1, 65535],
      [2, 32768],
    ]);
    expect(neuron?.lastUpdate).toBe(result.block);
  });

  it('error: SubnetNotFound for an unknown netuid', async () => {
    await expectRefused(set([1], [1], { net: 77 }), { kind: 'SubnetNotFound' });
  });

  it('behavior: with commit-reveal on it commits CR-v4, and the chain reveals the weights by the expected block', async () => {
    await sudo('commit_reveal_weights_enabled', true);
    await sudo('tempo', 10);
    onTestFinished(async () => {
      await sudo('commit_reveal_weights_enabled', false);
      await sudo('tempo', 1000);
    });
    const result = await set([1, 2], [0.25, 1]);
    expect(result.kind).toBe('committed');
    if (result.kind !== 'committed') return;
    expect(result.events.some((e) => e.name === 'TimelockedWeightsCommitted')).toBe(true);
    expect(result.revealRound).toBeGreaterThanOrEqual(await getLastDrandRound(client));
    expect(result.expectedRevealBlock).toBeGreaterThanOrEqual(result.firstRevealBlock);
    const pending = await getTimelockedWeightCommits(client, { netuid });
    expect(pending).toEqual([
      expect.objectContaining({ hotkey: validatorHot.address, revealRound: result.revealRound }),
    ]);
    const head = (await getBlock(client)).number;
    await devnet.newBlock(Number(result.expectedRevealBlock) - head);
    expect((await getNeuron(client, { netuid, uid: 1 }))?.weights).toEqual([
      [1, 16384],
      [2, 65535],
    ]);
    expect(await getTimelockedWeightCommits(client, { netuid })).toEqual([]);
  });

  it('error: RootNetwork on netuid 0', async () => {
    await sudo('commit_reveal_weights_enabled', false, 0);
    await expectRefused(set([0], [1], { net: 0 }), { kind: 'RootNetwork' });
  });

  it('error: LengthMismatch', async () => {
    await expectRefused(set([1, 2], [1]), { kind: 'LengthMismatch', uids: 2, weights: 1 });
  });

  it('error: TooManyUids beyond the subnet size', async () => {
    await expectRefused(set([0, 1, 2, 3], [1, 1, 1, 1]), { kind: 'TooManyUids', given: 4, n: 3 });
  });

  it('error: NotRegistered for a hotkey without a uid', async () => {
    const stranger = createKeypair({ uri: '//SkStranger_hk' });
    await expectRefused(setWeights(client, { signer: stranger, netuid, uids: [1], weights: [1] }), {
      kind: 'NotRegistered',
    });
  });

  it('error: NotEnoughStake below StakeThreshold, with both amounts', async () => {
    await sudo('stake_threshold', 10_000n * TAO, 'global');
    const result = await set([1, 2], [1, 1]);
    expect(result).toMatchObject({ kind: 'NotEnoughStake', required: 10_000n * TAO });
    if (result.kind === 'NotEnoughStake') expect(result.stake).toBeGreaterThan(0n);
    await sudo('stake_threshold', 0, 'global');
  });

  it('error: BadVersionKey names the required key', async () => {
    await sudo('weights_version_key', 5);
    await expectRefused(set([1, 2], [1, 1], { versionKey: 4n }), {
      kind: 'BadVersionKey',
      required: 5n,
      given: 4n,
    });
    expect((await set([1, 2], [1, 1], { versionKey: 5n })).kind).toBe('ok');
    await sudo('weights_version_key', 0);
  });

  it('error: RateLimited gives the next allowed block, and that block accepts', async () => {
    const first = await set([1, 2], [1, 1]);
    expect(first.kind).toBe('ok');
    const last = first.kind === 'ok' ? first.block : 0;
    await sudo('weights_set_rate_limit', 5);
    await expectRefused(set([1, 2], [1, 1]), { kind: 'RateLimited', nextBlock: last + 5, lastUpdate: last });
    const head = (await getBlock(client)).number;
    if (head + 1 < last + 5) await devnet.newBlock(last + 5 - head - 1);
    expect((await set([1, 2], [1, 1])).kind).toBe('ok');
    await sudo('weights_set_rate_limit', 0);
  });

  it('error: NoPermit for a miner weighting others; its self-weight is allowed', async () => {
    await expectRefused(setWeights(client, { signer: minerHot, netuid, uids: [1], weights: [1] }), {
      kind: 'NoPermit',
    });
    expect((await setWeights(client, { signer: minerHot, netuid, uids: [2], weights: [1] })).kind).toBe('ok');
  });

  it('error: DuplicateUids', async () => {
    await expectRefused(set([2, 2], [1, 1]), { kind: 'DuplicateUids', uids: [2] });
  });

  it('error: InvalidUids not below n', async () => {
    await expectRefused(set([2, 200], [1, 1]), { kind: 'InvalidUids', uids: [200], n: 3 });
  });

  it('error: TooFewWeights below min(n, MinAllowedWeights); zero weights do not count', async () => {
    await sudo('min_allowed_weights', 2);
    try {
      await expectRefused(set([0, 2], [1, 0]), { kind: 'TooFewWeights', given: 1, required: 2 });
    } finally {
      await sudo('min_allowed_weights', 1);
    }
  });

  it('error: MaxWeightExceeded when one weight is above MaxWeightsLimit', async () => {
    const key = client.api.query.subtensorModule.maxWeightsLimit.key(netuid);
    const setStorage = (value: string | null) =>
      (
        client.api as unknown as {
          _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } };
        }
      )._rpcCore.provider.send('dev_setStorage', [[[key, value]]]);
    await setStorage('0x3075'); // 30000 / 65535 ≈ 0.46
    await devnet.newBlock();
    try {
      await expectRefused(set([0, 1, 2], [1, 0.2, 0.2]), { kind: 'MaxWeightExceeded', limit: 30_000 });
      expect((await set([0, 1, 2], [1, 1, 1])).kind).toBe('ok');
    } finally {
      await setStorage(null);
      await devnet.newBlock();
    }
  });

  it('behavior: the owner needs no permit and no stake', async () => {
    await transfer(client, { signer: alice, to: ownerHot.address, amount: TAO });
    expect((await setWeights(client, { signer: ownerHot, netuid, uids: [1, 2], weights: [1, 1] })).kind).toBe(
      'ok',
    );
  });

  it('behavior: a refusal the pre-check could not see comes back typed from the chain', async () => {
    await sudo('weights_set_rate_limit', 5);
    const head = (await getBlock(client)).number;
    await devnet.newBlock(6);
    // Both calls pass the pre-check at the same head, then land in one block: the second is SettingWeightsTooFast.
    devnet.producer.stop();
    try {
      const results = Promise.all([set([1, 2], [1, 1]), set([1, 2], [2, 1])]);
      for (let i = 0; i < 500 && (await submitted()) < 2; i++) await new Promise((r) => setTimeout(r, 10));
      await devnet.newBlock();
      const kinds = (await results).map((r) => r.kind).sort();
      expect(kinds).toEqual(['RateLimited', 'ok']);
      const limited = (await results).find((r) => r.kind === 'RateLimited');
      expect(limited).toMatchObject({ kind: 'RateLimited' });
      expect((await getBlock(client)).number).toBe(head + 7);
    } finally {
      devnet.producer.start();
      await sudo('weights_set_rate_limit', 0);
    }
  });

  it('error: bad arguments throw SDK_INVALID_ARGUMENT', async () => {
    await expect(set([1, 70_000], [1, 1])).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
    await expect(set([1, 2], [1, Number.NaN])).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
    await expect(set([1, 2], [1, -1])).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
    await expect(
      setWeights(client, { signer: validatorHot, netuid: -1, uids: [1], weights: [1] }),
    ).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
  });
});
