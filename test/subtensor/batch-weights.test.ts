/**
 * `batch_set_weights`, `batch_commit_weights` and `batch_reveal_weights` over unmodified @polkadot/api, as
 * subtensor runs them: the set and commit batches go on past a failed subnet and report it
 * (`BatchCompletedWithErrors` once, `BatchWeightItemFailed(netuid, error)` per failure, then
 * `BatchWeightsCompleted`), unequal list lengths fail the call; the batch reveal is all or nothing. Three subnets
 * owned by one hotkey: A and B with commit-reveal off, C with it on.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { hexToU8a } from '@polkadot/util';
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
  type Outcome,
  ok,
  opt,
  send,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const hot = keyring.addFromUri('//Alice_bw');
const miner = keyring.addFromUri('//BW_miner');
const S = 'subtensorModule';
const TEMPO = 20;
let A: number;
let B: number;
let C: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const hashOf = (netuid: number, uids: number[], values: number[], salt: number[]) =>
  blake2AsHex(
    api
      .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
        hot.address,
        netuid,
        uids,
        values,
        salt,
        0,
      ])
      .toU8a(),
    256,
  );
/** The subtensor events of an outcome as `[method, data]`, module errors in data as their names. */
function events(out: Outcome): [string, unknown][] {
  return out.events
    .filter((e) => e.section === S)
    .map((e) => [
      e.method,
      e.method === 'BatchWeightItemFailed'
        ? [e.data[0], moduleError(e.data[1] as { module: { index: number; error: string } })]
        : e.data,
    ]);
}
function moduleError({ module }: { module: { index: number; error: string } }): string {
  const meta = api.registry.findMetaError({
    index: api.createType('u8', module.index),
    error: hexToU8a(module.error),
  });
  return `${meta.section}.${meta.name}`;
}
const weightsOf = async (netuid: number) => (await q().weights(netuid, 0)).toJSON();
async function refused(call: SubmittableExtrinsic<'promise'>, error: string): Promise<void> {
  expect((await send(api, call, hot)).error).toBe(`${S}.${error}`);
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, hot, { tempo: TEMPO });
  B = await createSubnet(api, alice, hot, { tempo: TEMPO });
  C = await createSubnet(api, alice, hot, { tempo: TEMPO });
  await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(C, true));
  for (const netuid of [A, B, C]) await ok(api, tx().burnedRegister(netuid, miner.address), alice);
  await fund(api, hot);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('batch_set_weights', () => {
  it('default: sets the weights on every subnet, then BatchWeightsCompleted', async () => {
    const out = await ok(
      api,
      tx().batchSetWeights(
        [A, B],
        [
          [
            [0, 1000],
            [1, 3000],
          ],
          [[1, 7]],
        ],
        [0, 0],
      ),
      hot,
    );
    expect(events(out)).toEqual([
      ['WeightsSet', [A, 0]],
      ['WeightsSet', [B, 0]],
      ['BatchWeightsCompleted', [[A, B], hot.address]],
    ]);
    expect(await weightsOf(A)).toEqual([
      [0, 21845],
      [1, 65535],
    ]);
    expect(await weightsOf(B)).toEqual([[1, 65535]]);
  });

  it('behavior: failed subnets are reported and skipped, the others still set', async () => {
    const out = await ok(
      api,
      tx().batchSetWeights([C, A, 77, B], [[[1, 1]], [[1, 5]], [[1, 1]], [[1, 3]]], [0, 0, 0, 0]),
      hot,
    );
    expect(events(out)).toEqual([
      ['WeightsSet', [A, 0]],
      ['WeightsSet', [B, 0]],
      ['BatchCompletedWithErrors', []],
      ['BatchWeightItemFailed', [C, `${S}.CommitRevealEnabled`]],
      // CommitRevealWeightsEnabled defaults to true, so an unknown subnet fails the commit-reveal check first
      ['BatchWeightItemFailed', [77, `${S}.CommitRevealEnabled`]],
      ['BatchWeightsCompleted', [[C, A, 77, B], hot.address]],
    ]);
    expect(await weightsOf(A)).toEqual([[1, 65535]]);
    expect(await weightsOf(C)).toEqual([]);
  });

  it('behavior: an item failing a later check writes nothing (uid out of range)', async () => {
    const out = await ok(api, tx().batchSetWeights([A], [[[9, 1]]], [0]), hot);
    expect(events(out)[1]).toEqual(['BatchWeightItemFailed', [A, `${S}.UidVecContainInvalidOne`]]);
    expect(await weightsOf(A)).toEqual([[1, 65535]]);
  });

  it('error: unequal list lengths fail the call with InputLengthsUnequal', async () => {
    await refused(tx().batchSetWeights([A, B], [[[1, 1]]], [0, 0]), 'InputLengthsUnequal');
    await refused(tx().batchSetWeights([A], [[[1, 1]]], []), 'InputLengthsUnequal');
  });
});

describe('batch_commit_weights and batch_reveal_weights', () => {
  const first = { uids: [0, 1], values: [1000, 3000], salt: [7, 8] };
  const second = { uids: [1], values: [5], salt: [9] };
  const reveal = (items: { uids: number[]; values: number[]; salt: number[] }[]) =>
    tx().batchRevealWeights(
      C,
      items.map((i) => i.uids),
      items.map((i) => i.values),
      items.map((i) => i.salt),
      items.map(() => 0),
    );

  it('default: commits on the commit-reveal subnets, reports the others (CommitRevealDisabled)', async () => {
    const h1 = hashOf(C, first.uids, first.values, first.salt);
    const h2 = hashOf(C, second.uids, second.values, second.salt);
    const out = await ok(api, tx().batchCommitWeights([C, A, C], [h1, h1, h2]), hot);
    expect(events(out)).toEqual([
      ['WeightsCommitted', [hot.address, C, h1]],
      ['WeightsCommitted', [hot.address, C, h2]],
      ['BatchCompletedWithErrors', []],
      ['BatchWeightItemFailed', [A, `${S}.CommitRevealDisabled`]],
      ['BatchWeightsCompleted', [[C, A, C], hot.address]],
    ]);
    const commits = (await q().weightCommits(C, hot.address)).toJSON() as [string][];
    expect(commits.map(([h]) => h)).toEqual([h1, h2]);
    await refused(tx().batchCommitWeights([C, A], [h1]), 'InputLengthsUnequal');
  });

  it('error: batch reveal refusals (nothing revealed, the commits kept)', async () => {
    await refused(reveal([first, second]), 'RevealTooEarly');
    const epoch = big(await q().subnetEpochIndex(C));
    await advanceTo(devnet, api, Number(big(await q().lastEpochBlock(C))) + TEMPO);
    expect(big(await q().subnetEpochIndex(C))).toBe(epoch + 1n);
    await refused(reveal([first, { ...second, salt: [1] }]), 'InvalidRevealCommitHashNotMatch');
    await refused(
      tx().batchRevealWeights(C, [first.uids], [first.values, second.values], [first.salt], [0]),
      'InputLengthsUnequal',
    );
    await refused(
      tx().batchRevealWeights(A, [first.uids], [first.values], [first.salt], [0]),
      'CommitRevealDisabled',
    );
    expect(((await q().weightCommits(C, hot.address)).toJSON() as unknown[]).length).toBe(2);
  });

  it('default: reveals every commit in list order in one call', async () => {
    const out = await ok(api, reveal([second, first]), hot);
    expect(events(out)).toEqual([
      ['WeightsSet', [C, 0]],
      ['WeightsSet', [C, 0]],
      [
        'WeightsBatchRevealed',
        [
          hot.address,
          C,
          [
            hashOf(C, second.uids, second.values, second.salt),
            hashOf(C, first.uids, first.values, first.salt),
          ],
        ],
      ],
    ]);
    expect(await weightsOf(C)).toEqual([
      [0, 21845],
      [1, 65535],
    ]);
    expect(opt(await q().weightCommits(C, hot.address)).isNone).toBe(true);
    await refused(reveal([first]), 'NoWeightsCommitFound');
  });
});

describe('call data', () => {
  it('default: pallet 7, calls 80, 100 and 98 with compact netuids, uids, values and version keys', () => {
    const h = `0x${'ab'.repeat(32)}`;
    expect(
      tx()
        .batchSetWeights([3, 300], [[[1, 2]], []], [5, 0])
        .method.toHex(),
    ).toBe('0x0750' + '08' + '0c' + 'b104' + '08' + '04' + '04' + '08' + '00' + '08' + '14' + '00');
    expect(tx().batchCommitWeights([3], [h]).method.toHex()).toBe(`0x076404${'0c'}04${h.slice(2)}`);
    expect(
      tx()
        .batchRevealWeights(3, [[1]], [[2]], [[7, 8]], [9])
        .method.toHex(),
    ).toBe(
      `0x07620300${'04' + '04' + '0100'}${'04' + '04' + '0200'}${'04' + '08' + '0700' + '0800'}04${'0900000000000000'}`,
    );
  });
});
