/**
 * `recycle_alpha`, `burn_alpha` and `add_stake_burn` over unmodified @polkadot/api: a delegator gives up alpha,
 * recycled (out of `SubnetAlphaOut`) or burned (`SubnetAlphaOut` unchanged), and a buyback stakes TAO and burns
 * what it bought in one call. Stakes, `SubnetAlphaOut` and pool reserves are compared to values computed here
 * (`chain/test-support/pool-reference.ts`), to the rao; refusals decode to subtensor's error names and leave the
 * state as it was; the call data equals bytes built by hand. No subnet starts emission (subtoken enabled by
 * storage), so only the calls move alpha.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { after, maxAmountAdd, type Pool, swap } from '../../chain/test-support/pool-reference.js';
import {
  alice,
  big,
  createSubnet,
  keyring,
  type Outcome,
  ok,
  send,
  setStorage,
  startSubtensor,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;

const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const eve = keyring.addFromUri('//Eve');
const v1 = keyring.addFromUri('//Bob_v');
const S = 'subtensorModule';
let A: number;
let off: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;

async function pool(netuid: number): Promise<Pool> {
  return { tao: big(await q().subnetTAO(netuid)), alpha: big(await q().subnetAlphaIn(netuid)) };
}
const alphaOut = async (netuid: number) => big(await q().subnetAlphaOut(netuid));
async function stake(hot: KeyringPair, cold: KeyringPair, netuid: number): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    hot.address,
    cold.address,
    netuid,
  )) as unknown as { unwrap(): { stake: { toBigInt(): bigint } } };
  return info.unwrap().stake.toBigInt();
}
/** The data of every `section.method` event of an outcome, numbers as bigint. */
function eventData(out: Outcome, method: string): unknown[][] {
  return out.events
    .filter((e) => e.section === S && e.method === method)
    .map((e) =>
      (Array.isArray(e.data) ? e.data : [e.data]).map((v) =>
        typeof v === 'number' || (typeof v === 'string' && v.startsWith('0x')) ? BigInt(v) : v,
      ),
    );
}
/** What a refusal must leave alone: the delegator's stake, the pool and the outstanding alpha. */
async function snapshot(netuid: number) {
  return { stake: await stake(v1, dave, netuid), pool: await pool(netuid), out: await alphaOut(netuid) };
}
async function expectRefused(call: SubmittableExtrinsic<'promise'>, signer: KeyringPair, error: string) {
  const before = await snapshot(A);
  expect((await send(api, call, signer)).error).toBe(error);
  expect(await snapshot(A)).toEqual(before);
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, keyring.addFromUri('//Alice_rA'), { startCall: false });
  off = await createSubnet(api, alice, keyring.addFromUri('//Alice_rB'), { startCall: false });
  await setStorage(api, q().subtokenEnabled.key(A), '0x01');
  await devnet.newBlock(1);
  await ok(api, tx().burnedRegister(A, v1.address), bob);
  await ok(api, tx().addStake(v1.address, A, 200n * TAO), dave);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('recycle_alpha', () => {
  it('default: takes the alpha from the stake and out of SubnetAlphaOut, the pool untouched', async () => {
    const before = await snapshot(A);
    const x = 10n * TAO;
    const out = await ok(api, tx().recycleAlpha(v1.address, x, A), dave);
    expect(eventData(out, 'AlphaRecycled')).toEqual([[dave.address, v1.address, x, BigInt(A)]]);
    expect(await snapshot(A)).toEqual({ stake: before.stake - x, pool: before.pool, out: before.out - x });
  });

  it('args: an amount above the stake recycles the whole stake', async () => {
    const eveStake = await ok(api, tx().addStake(v1.address, A, 5n * TAO), eve);
    const held = BigInt(eventData(eveStake, 'StakeAdded')[0][3] as bigint);
    const outBefore = await alphaOut(A);
    const out = await ok(api, tx().recycleAlpha(v1.address, 1_000_000n * TAO, A), eve);
    expect(eventData(out, 'AlphaRecycled')).toEqual([[eve.address, v1.address, held, BigInt(A)]]);
    expect(await stake(v1, eve, A)).toBe(0n);
    expect(await alphaOut(A)).toBe(outBefore - held);
  });
});

describe('burn_alpha', () => {
  it('default: takes the alpha from the stake, SubnetAlphaOut and the pool unchanged', async () => {
    const before = await snapshot(A);
    const x = 7n * TAO;
    const out = await ok(api, tx().burnAlpha(v1.address, x, A), dave);
    expect(eventData(out, 'AlphaBurned')).toEqual([[dave.address, v1.address, x, BigInt(A)]]);
    expect(eventData(out, 'AlphaRecycled')).toEqual([]);
    expect(await snapshot(A)).toEqual({ ...before, stake: before.stake - x });
  });
});

describe('add_stake_burn', () => {
  it('default: buys alpha at the pool with the fee and burns all of it', async () => {
    const before = await snapshot(A);
    const amount = 20n * TAO;
    const out = await ok(api, tx().addStakeBurn(v1.address, A, amount, null), dave);
    const s = swap(before.pool, 'buy', amount);
    expect(eventData(out, 'StakeAdded')).toEqual([
      [dave.address, v1.address, amount, s.paidOut, BigInt(A), s.fee],
    ]);
    expect(eventData(out, 'AlphaBurned')).toEqual([[dave.address, v1.address, s.paidOut, BigInt(A)]]);
    expect(eventData(out, 'AddStakeBurn')).toEqual([[BigInt(A), v1.address, amount, s.paidOut]]);
    const methods = out.events.filter((e) => e.section === S).map((e) => e.method);
    expect(methods).toEqual(['StakeAdded', 'AlphaBurned', 'AddStakeBurn']);
    expect(await snapshot(A)).toEqual({
      stake: before.stake,
      pool: after(before.pool, 'buy', s),
      out: before.out + s.paidOut,
    });
  });

  it('args: with a limit the price allows, stakes and burns the whole amount', async () => {
    const before = await snapshot(A);
    const amount = 3n * TAO;
    const out = await ok(api, tx().addStakeBurn(v1.address, A, amount, 10n * TAO), dave);
    const s = swap(before.pool, 'buy', amount);
    expect(eventData(out, 'AlphaBurned')).toEqual([[dave.address, v1.address, s.paidOut, BigInt(A)]]);
    expect(await snapshot(A)).toEqual({
      stake: before.stake,
      pool: after(before.pool, 'buy', s),
      out: before.out + s.paidOut,
    });
  });

  it('error: a limit the purchase would pass is SlippageTooHigh, nothing staked or burned', async () => {
    const p = await pool(A);
    // 0.1 % above the spot price, in rao per alpha
    const limit = (p.tao * TAO * 1_001n) / (p.alpha * 1_000n);
    expect(maxAmountAdd(p, limit)).toBeLessThan(100n * TAO);
    await expectRefused(tx().addStakeBurn(v1.address, A, 100n * TAO, limit), dave, `${S}.SlippageTooHigh`);
  });

  it('error: add_stake refusals come first (HotKeyAccountNotExists for an unknown hotkey)', async () => {
    await expectRefused(tx().addStakeBurn(eve.address, A, TAO, null), dave, `${S}.HotKeyAccountNotExists`);
  });
});

describe('refusals', () => {
  it('error: subtensor checks and error names, in its order', async () => {
    const R = `${S}.CannotBurnOrRecycleOnRootSubnet`;
    await expectRefused(tx().recycleAlpha(v1.address, TAO, 0), dave, R);
    await expectRefused(tx().burnAlpha(v1.address, TAO, 0), dave, R);
    await expectRefused(tx().recycleAlpha(v1.address, TAO, 77), dave, `${S}.SubnetNotExists`);
    await expectRefused(tx().burnAlpha(v1.address, TAO, off), dave, `${S}.SubtokenDisabled`);
    await expectRefused(tx().recycleAlpha(eve.address, TAO, A), dave, `${S}.HotKeyAccountNotExists`);
  });

  it('error: more than SubnetAlphaOut is InsufficientLiquidity', async () => {
    const key = q().subnetAlphaOut.key(A);
    const real = await alphaOut(A);
    await setStorage(api, key, u8aToHex(api.createType('u64', TAO).toU8a()));
    await devnet.newBlock(1);
    await expectRefused(tx().recycleAlpha(v1.address, 2n * TAO, A), dave, `${S}.InsufficientLiquidity`);
    await expectRefused(tx().burnAlpha(v1.address, 2n * TAO, A), dave, `${S}.InsufficientLiquidity`);
    await setStorage(api, key, u8aToHex(api.createType('u64', real).toU8a()));
    await devnet.newBlock(1);
  });
});

describe('call data', () => {
  const le = (v: bigint | number, bytes: number) => {
    let n = BigInt(v);
    let hex = '';
    for (let i = 0; i < bytes; i++) {
      hex += (n & 0xffn).toString(16).padStart(2, '0');
      n >>= 8n;
    }
    return hex;
  };
  const acc = (p: KeyringPair) => u8aToHex(p.publicKey).slice(2);
  it('default: pallet 7 with subtensor call indices and argument order', () => {
    const cases: [SubmittableExtrinsic<'promise'>, string][] = [
      [tx().recycleAlpha(v1.address, 5n, 3), `65${acc(v1)}${le(5, 8)}${le(3, 2)}`],
      [tx().burnAlpha(v1.address, 5n, 3), `66${acc(v1)}${le(5, 8)}${le(3, 2)}`],
      [tx().addStakeBurn(v1.address, 3, 5n, null), `84${acc(v1)}${le(3, 2)}${le(5, 8)}00`],
      [tx().addStakeBurn(v1.address, 3, 5n, 9n), `84${acc(v1)}${le(3, 2)}${le(5, 8)}01${le(9, 8)}`],
    ];
    for (const [call, body] of cases) expect(call.method.toHex()).toBe(`0x07${body}`);
  });
});
