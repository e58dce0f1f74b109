/**
 * Root claims fed by the real coinbase, over unmodified @polkadot/api against a devnet: a validator with a permit on
 * subnet A and root stake from two coldkeys earns root alpha dividends from A's emission over a few tempos (nothing
 * seeded: the coinbase fills `PendingRootAlphaDivs`, each epoch makes it `RootClaimable`). One root staker claims
 * with `Keep` (the hotkey's alpha grows by exactly what `RootClaimed` records, rate × root stake − claimed, and the
 * coldkey's share of it is worth that, floored by the share pool), the other
 * with `Swap` (its root stake grows by the TAO the pool paid, recomputed from the pool after the block's coinbase;
 * `SubnetRootSellTao` and `SubnetProtocolFlow` move as subtensor's `root_claim_on_subnet` and `run_coinbase` move
 * them), and the automatic claims of each block pick the coldkeys that subtensor's `block_hash_to_indices` draws from
 * the parent hash. As subtensor's own claim tests do, A's moving price is set above 1 so that the network sells root
 * alpha (`get_network_root_sell_flag`).
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { after, type Pool, swap } from '../../chain/test-support/pool-reference.js';
import { alice, big, createSubnet, keyring, ok, setStorage, startSubtensor, sudo, TAO } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let A: number;

const validator = keyring.addFromUri('//RootClaimValidator');
const validatorOwner = keyring.addFromUri('//Eve');
const keeper = keyring.addFromUri('//Charlie');
const swapper = keyring.addFromUri('//Dave');
const TEMPO = 10;
const S = 'subtensorModule';

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const U64_MAX = (1n << 64n) - 1n;

type Fixed = { bits: { toBigInt(): bigint } };
/** `RootClaimable[hotkey][netuid]` as I96F32 bits (0 when absent), at `hash` or the best block. */
async function rate(hash?: string): Promise<bigint> {
  const at = hash === undefined ? api : await api.at(hash);
  const map = (await at.query.subtensorModule.rootClaimable(validator.address)) as unknown as Map<
    { toNumber(): number },
    Fixed
  >;
  for (const [netuid, value] of map) if (netuid.toNumber() === A) return value.bits.toBigInt();
  return 0n;
}
async function stake(coldkey: KeyringPair, netuid: number, hash?: string): Promise<bigint> {
  const at = hash === undefined ? api : await api.at(hash);
  const info = (await at.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    validator.address,
    coldkey.address,
    netuid,
  )) as unknown as { isNone: boolean; unwrap(): { stake: { toBigInt(): bigint } } };
  return info.isNone ? 0n : info.unwrap().stake.toBigInt();
}
const claimed = async (coldkey: KeyringPair, hash?: string) =>
  big(
    await (hash === undefined ? api : await api.at(hash)).query.subtensorModule.rootClaimed(
      A,
      validator.address,
      coldkey.address,
    ),
  );
/** Reads one of subtensor's storage items at a block. */
async function at(hash: string, item: string, ...keys: unknown[]): Promise<bigint> {
  const query = (await api.at(hash)).query.subtensorModule[item]!;
  return big(await query(...keys));
}
const pool = async (hash: string): Promise<Pool> => ({
  tao: await at(hash, 'subnetTAO', A),
  alpha: await at(hash, 'subnetAlphaIn', A),
});

/** subtensor's `block_hash_to_indices`: k steps over the hash's big-endian u64 words, each taken modulo n. */
function blockHashToIndices(hash: Uint8Array, k: bigint, n: bigint): bigint[] {
  const view = new DataView(hash.buffer, hash.byteOffset, 32);
  const word = (i: bigint) => view.getBigUint64(Number((i * 8n) % 32n), false);
  const drawn = new Set<bigint>();
  let last = word(0n);
  for (let i = 0n; i < k; i++) {
    const sum = last + word(i);
    last = n === 0n ? 0n : (sum > U64_MAX ? U64_MAX : sum) % n;
    drawn.add(last);
  }
  return [...drawn];
}

/** Builds blocks until the next one runs no epoch on A (so a claim's block pays no dividends into the pool). */
async function toQuietBlock(): Promise<void> {
  for (;;) {
    const head = (await api.rpc.chain.getHeader()).number.toBigInt();
    if (head + 1n - big(await q().lastEpochBlock(A)) < BigInt(TEMPO)) return;
    await devnet.newBlock(1);
  }
}

/** A claim in a block of its own, returning its block hash and its parent's. */
async function claimIn(coldkey: KeyringPair): Promise<{ hash: string; parent: string }> {
  await toQuietBlock();
  const parent = (await api.rpc.chain.getBlockHash()).toHex();
  const out = await ok(api, tx().claimRoot([A]), coldkey);
  expect(out.events.filter((e) => e.section === S && e.method === 'RootClaimed').map((e) => e.data)).toEqual([
    [coldkey.address],
  ]);
  return { hash: out.blockHash, parent };
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, keyring.addFromUri('//RootClaimOwnerHot'), { tempo: TEMPO });
  await sudo(api, tx().sudoSetNumRootClaims(0)); // automatic claims off until their test
  await ok(api, tx().burnedRegister(A, validator.address), validatorOwner);
  await ok(api, tx().addStake(validator.address, A, 100n * TAO), validatorOwner);
  await ok(api, tx().addStake(validator.address, 0, 1_000n * TAO), keeper);
  await ok(api, tx().addStake(validator.address, 0, 3_000n * TAO), swapper);
  await ok(api, tx().setRootClaimType('Keep'), keeper);
  await ok(api, tx().setRootClaimType('Swap'), swapper);
  // Moving price 2.0 (I96F32), as claim_root.rs's coinbase tests set it: the network sells root alpha.
  await setStorage(api, q().subnetMovingPrice.key(A), u8aToHex(api.createType('i128', 2n << 32n).toU8a()));
  await devnet.newBlock(3 * TEMPO);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('root claims paid by the coinbase', () => {
  it('behavior: the coinbase accrues PendingRootAlphaDivs each block and each epoch makes it claimable', async () => {
    await toQuietBlock();
    await devnet.newBlock(1);
    expect(big(await q().pendingRootAlphaDivs(A))).toBeGreaterThan(0n);
    expect(big(await q().rootAlphaDividendsPerSubnet(A, validator.address))).toBeGreaterThan(0n);
    const r = await rate();
    expect(r).toBeGreaterThan(0n);
    // Nobody has claimed: each staker is owed rate × its root stake.
    expect(await claimed(keeper)).toBe(0n);
    expect(await stake(keeper, A)).toBe(0n);
  });

  it('default: a Keep claim stakes exactly what RootClaimed records, rate × root stake − claimed', async () => {
    const before = await stake(keeper, A);
    const claimedBefore = await claimed(keeper);
    const { hash, parent } = await claimIn(keeper);
    const rootStake = await stake(keeper, 0, hash);
    const owed = ((await rate(hash)) * rootStake) / (1n << 32n) - claimedBefore;
    expect(owed).toBeGreaterThan(0n);
    expect((await claimed(keeper, hash)) - claimedBefore).toBe(owed);
    const hotkeyAlpha = (h: string) => at(h, 'totalHotkeyAlpha', validator.address, A);
    expect((await hotkeyAlpha(hash)) - (await hotkeyAlpha(parent))).toBe(owed);
    // The coldkey holds shares of the hotkey's pool; reading them back floors (subtensor's SharePool does too).
    const grown = (await stake(keeper, A, hash)) - before;
    expect(grown <= owed && grown >= owed - 1n, `${grown} vs ${owed}`).toBe(true);
    expect(await stake(keeper, 0, hash)).toBe(1_000n * TAO);
  });

  it('default: a Swap claim sells through the pool and restakes the TAO on root; SubnetRootSellTao and SubnetProtocolFlow record it', async () => {
    const rootBefore = await stake(swapper, 0);
    const claimedBefore = await claimed(swapper);
    const { hash, parent } = await claimIn(swapper);
    const owed = ((await rate(hash)) * rootBefore) / (1n << 32n) - claimedBefore;
    expect(owed).toBeGreaterThan(0n);
    // The pool as the block's coinbase left it: chain buy (excess TAO in, protocol alpha out), then injection.
    const start = await pool(parent);
    const bought = (await at(hash, 'subnetProtocolAlpha', A)) - (await at(parent, 'subnetProtocolAlpha', A));
    const excess = await at(hash, 'subnetExcessTao', A);
    const taoIn = await at(hash, 'subnetTaoInEmission', A);
    const mid: Pool = {
      tao: start.tao + excess + taoIn,
      alpha: start.alpha - bought + (await at(hash, 'subnetAlphaInEmission', A)),
    };
    const sold = swap(mid, 'sell', owed, false);
    expect(sold.paidOut).toBeGreaterThan(0n);
    expect(await pool(hash)).toEqual(after(mid, 'sell', sold));
    expect((await stake(swapper, 0, hash)) - rootBefore).toBe(sold.paidOut);
    expect(await stake(swapper, A, hash)).toBe(0n);
    expect((await at(hash, 'subnetTAO', 0)) - (await at(parent, 'subnetTAO', 0))).toBe(sold.paidOut);
    expect(await at(hash, 'subnetRootSellTao', A)).toBe(sold.paidOut);
    const flow = (await at(hash, 'subnetProtocolFlow', A)) - (await at(parent, 'subnetProtocolFlow', A));
    expect(flow).toBe(excess + taoIn - sold.paidOut);
    // The next block's coinbase clears the per-block root sell record.
    await devnet.newBlock(1);
    expect(big(await q().subnetRootSellTao(A))).toBe(0n);
  });

  it('behavior: each block claims automatically for the coldkeys block_hash_to_indices draws from its parent hash', async () => {
    await sudo(api, tx().sudoSetNumRootClaims(1));
    const n = big(await q().numStakingColdkeys());
    expect(n).toBeGreaterThanOrEqual(2n);
    const picked = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const parent = (await api.rpc.chain.getBlockHash()).toHex();
      await devnet.newBlock(1);
      const drawn = blockHashToIndices(hexToU8a(parent), 1n, n);
      const expected = await Promise.all(
        drawn.map(async (index) => {
          const coldkey = (await q().stakingColdkeysByIndex(index)) as unknown as {
            unwrap(): { toString(): string };
          };
          return coldkey.unwrap().toString();
        }),
      );
      const events = (await api.query.system.events()) as unknown as {
        event: { section: string; method: string; data: { toString(): string }[] };
      }[];
      const claimedFor = events
        .filter((e) => e.event.section === S && e.event.method === 'RootClaimed')
        .map((e) => e.event.data[0]!.toString());
      expect(claimedFor).toEqual(expected);
      for (const c of claimedFor) picked.add(c);
    }
    expect(picked.size).toBeGreaterThan(0);
    await sudo(api, tx().sudoSetNumRootClaims(0));
  });
});
