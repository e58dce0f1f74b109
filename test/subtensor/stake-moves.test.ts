/**
 * A delegator's stake moves over unmodified @polkadot/api: add, move (within a subnet), swap (across
 * subnets), transfer (to another coldkey), swap with a limit (partial fill), full removal, unstake_all_alpha
 * and unstake_all, on two subnets and two validator hotkeys. Balances, stakes, pool reserves and events are
 * compared to values computed here from subtensor's formulas (`chain/test-support/pool-reference.ts`), to the rao; every
 * refusal decodes to subtensor's error name, and the call data of every call equals bytes built by hand.
 * The subnets never start emission (subtoken enabled by storage), so only the calls move the pools.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  after,
  fixedMul,
  maxAmountAdd,
  maxAmountMove,
  type Pool,
  priceBits,
  swap,
} from '../../chain/test-support/pool-reference.js';
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
const charlie = keyring.addFromUri('//Charlie');
const dave = keyring.addFromUri('//Dave');
const eve = keyring.addFromUri('//Eve');
const v1 = keyring.addFromUri('//Bob_v');
const v2 = keyring.addFromUri('//Charlie_v');
const S = 'subtensorModule';
let A: number;
let B: number;
let C: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;

async function pool(netuid: number): Promise<Pool> {
  return { tao: big(await q().subnetTAO(netuid)), alpha: big(await q().subnetAlphaIn(netuid)) };
}
async function free(who: KeyringPair): Promise<bigint> {
  return (
    (await api.query.system.account(who.address)) as unknown as { data: { free: { toBigInt(): bigint } } }
  ).data.free.toBigInt();
}
/** A coldkey's alpha on a hotkey, as `StakeInfoRuntimeApi` reports it (its shares' worth of the pool). */
async function stake(hot: KeyringPair, cold: KeyringPair, netuid: number): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    hot.address,
    cold.address,
    netuid,
  )) as unknown as { unwrap(): { stake: { toBigInt(): bigint } } };
  return info.unwrap().stake.toBigInt();
}
/** The data of the one event `method` of `section` in an outcome, numbers as bigint, accounts as addresses. */
function eventData(out: Outcome, method: string, section = S): unknown[][] {
  return out.events
    .filter((e) => e.section === section && e.method === method)
    .map((e) =>
      e.data.map((v) =>
        typeof v === 'number' || (typeof v === 'string' && v.startsWith('0x')) ? BigInt(v) : v,
      ),
    );
}
/** The fee the signer paid for the transaction. */
function txFee(out: Outcome): bigint {
  return BigInt(eventData(out, 'TransactionFeePaid', 'transactionPayment')[0]?.[1] as bigint);
}
async function expectError(call: SubmittableExtrinsic<'promise'>, signer: KeyringPair, error: string) {
  expect((await send(api, call, signer)).error).toBe(error);
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  for (const [i, hot] of ['//Alice_sA', '//Alice_sB', '//Alice_sC'].entries()) {
    const netuid = await createSubnet(api, alice, keyring.addFromUri(hot), { startCall: false });
    if (i < 2) await setStorage(api, q().subtokenEnabled.key(netuid), '0x01');
    [A, B, C] = i === 0 ? [netuid, 0, 0] : i === 1 ? [A, netuid, 0] : [A, B, netuid];
  }
  await devnet.newBlock(1);
  for (const netuid of [A, B]) {
    await ok(api, tx().burnedRegister(netuid, v1.address), bob);
    await ok(api, tx().burnedRegister(netuid, v2.address), charlie);
  }
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('stake moves across two subnets and two hotkeys', () => {
  let daveOnV1: bigint;

  it('default: add_stake buys alpha at the pool with the swap fee', async () => {
    const before = await pool(A);
    const balance = await free(dave);
    const out = await ok(api, tx().addStake(v1.address, A, 100n * TAO), dave);
    const s = swap(before, 'buy', 100n * TAO);
    expect(eventData(out, 'StakeAdded')).toEqual([
      [dave.address, v1.address, 100n * TAO, s.paidOut, BigInt(A), s.fee],
    ]);
    expect(await pool(A)).toEqual(after(before, 'buy', s));
    expect(await free(dave)).toBe(balance - 100n * TAO - txFee(out));
    daveOnV1 = s.paidOut;
    expect(await stake(v1, dave, A)).toBe(daveOnV1);
  });

  it('default: move_stake within a subnet moves shares without a swap or fee', async () => {
    const before = await pool(A);
    const x = 40n * TAO;
    const out = await ok(api, tx().moveStake(v1.address, v2.address, A, A, x), dave);
    const tao = fixedMul(priceBits(before), x);
    expect(eventData(out, 'StakeRemoved')).toEqual([[dave.address, v1.address, tao, x, BigInt(A), 0n]]);
    expect(eventData(out, 'StakeAdded')).toEqual([[dave.address, v2.address, tao, x, BigInt(A), 0n]]);
    expect(eventData(out, 'StakeMoved')).toEqual([
      [dave.address, v1.address, BigInt(A), v2.address, BigInt(A), tao],
    ]);
    expect(await pool(A)).toEqual(before);
    daveOnV1 -= x;
    expect(await stake(v1, dave, A)).toBe(daveOnV1);
    expect(await stake(v2, dave, A)).toBe(x);
  });

  it('default: swap_stake sells on the origin (fee) and buys on the destination (no fee)', async () => {
    const [a, b] = [await pool(A), await pool(B)];
    const x = await stake(v2, dave, A);
    const balance = await free(dave);
    const out = await ok(api, tx().swapStake(v2.address, A, B, x), dave);
    const sell = swap(a, 'sell', x);
    const buy = swap(b, 'buy', sell.paidOut, false);
    expect(eventData(out, 'StakeRemoved')).toEqual([
      [dave.address, v2.address, sell.paidOut, sell.paidIn, BigInt(A), sell.fee],
    ]);
    expect(eventData(out, 'StakeAdded')).toEqual([
      [dave.address, v2.address, sell.paidOut, buy.paidOut, BigInt(B), 0n],
    ]);
    expect(eventData(out, 'StakeSwapped')).toEqual([
      [dave.address, v2.address, BigInt(A), BigInt(B), sell.paidOut],
    ]);
    expect(await pool(A)).toEqual(after(a, 'sell', sell));
    expect(await pool(B)).toEqual(after(b, 'buy', buy));
    expect(await stake(v2, dave, A)).toBe(0n);
    expect(await stake(v2, dave, B)).toBe(buy.paidOut);
    expect(await free(dave)).toBe(balance - txFee(out));
  });

  it('default: transfer_stake hands the stake to another coldkey on another subnet', async () => {
    const [a, b] = [await pool(A), await pool(B)];
    const x = await stake(v2, dave, B);
    const [daveBalance, eveBalance] = [await free(dave), await free(eve)];
    const out = await ok(api, tx().transferStake(eve.address, v2.address, B, A, x), dave);
    const sell = swap(b, 'sell', x);
    const buy = swap(a, 'buy', sell.paidOut, false);
    expect(eventData(out, 'StakeTransferred')).toEqual([
      [dave.address, eve.address, v2.address, BigInt(B), BigInt(A), sell.paidOut],
    ]);
    expect(eventData(out, 'StakeAdded')).toEqual([
      [eve.address, v2.address, sell.paidOut, buy.paidOut, BigInt(A), 0n],
    ]);
    expect(await stake(v2, dave, B)).toBe(0n);
    expect(await stake(v2, eve, A)).toBe(buy.paidOut);
    expect(await pool(B)).toEqual(after(b, 'sell', sell));
    expect(await pool(A)).toEqual(after(a, 'buy', buy));
    expect(await free(dave)).toBe(daveBalance - txFee(out));
    expect(await free(eve)).toBe(eveBalance);
  });

  it('error: swap_stake_limit past the limit without allow_partial is SlippageTooHigh; with it, it fills up to the limit', async () => {
    const [a, b] = [await pool(A), await pool(B)];
    // The limit is the origin/destination price ratio; 0.95 of today's moves part of the stake.
    const ratio = (priceBits(a) * 1_000_000_000n) / priceBits(b);
    const limit = (ratio * 95n) / 100n;
    const max = maxAmountMove(a, b, limit);
    expect(max).toBeGreaterThan(0n);
    expect(max).toBeLessThan(daveOnV1);
    await expectError(
      tx().swapStakeLimit(v1.address, A, B, daveOnV1, limit, false),
      dave,
      `${S}.SlippageTooHigh`,
    );
    const out = await ok(api, tx().swapStakeLimit(v1.address, A, B, daveOnV1, limit, true), dave);
    const sell = swap(a, 'sell', max);
    const buy = swap(b, 'buy', sell.paidOut, false);
    expect(eventData(out, 'StakeSwapped')).toEqual([
      [dave.address, v1.address, BigInt(A), BigInt(B), sell.paidOut],
    ]);
    daveOnV1 -= max;
    expect(await stake(v1, dave, A)).toBe(daveOnV1);
    expect(await stake(v1, dave, B)).toBe(buy.paidOut);
    expect(await pool(A)).toEqual(after(a, 'sell', sell));
    expect(await pool(B)).toEqual(after(b, 'buy', buy));
  });

  it('default: add_stake_limit with allow_partial stakes up to the limit price', async () => {
    const a = await pool(A);
    const limit = fixedMul(priceBits(a), 1_010_000_000n); // 1 % above the price, in rao
    const max = maxAmountAdd(a, limit);
    await expectError(
      tx().addStakeLimit(v1.address, A, 1000n * TAO, limit, false),
      dave,
      `${S}.SlippageTooHigh`,
    );
    const out = await ok(api, tx().addStakeLimit(v1.address, A, 1000n * TAO, limit, true), dave);
    const s = swap(a, 'buy', max);
    expect(eventData(out, 'StakeAdded')).toEqual([
      [dave.address, v1.address, max, s.paidOut, BigInt(A), s.fee],
    ]);
    expect(fixedMul(priceBits(await pool(A)), 1_000_000_000n)).toBeLessThanOrEqual(limit);
    daveOnV1 += s.paidOut;
    expect(await stake(v1, dave, A)).toBe(daveOnV1);
  });

  it('default: remove_stake_full_limit without a limit sells all of it', async () => {
    const a = await pool(A);
    const balance = await free(dave);
    const out = await ok(api, tx().removeStakeFullLimit(v1.address, A, null), dave);
    const s = swap(a, 'sell', daveOnV1);
    expect(eventData(out, 'StakeRemoved')).toEqual([
      [dave.address, v1.address, s.paidOut, s.paidIn, BigInt(A), s.fee],
    ]);
    expect(await stake(v1, dave, A)).toBe(0n);
    expect(await free(dave)).toBe(balance + s.paidOut - txFee(out));
  });

  it('default: unstake_all_alpha sells every subnet but root and stakes the TAO into root; unstake_all takes root out', async () => {
    const a = await pool(A);
    const x = await stake(v2, eve, A);
    const out = await ok(api, tx().unstakeAllAlpha(v2.address), eve);
    const s = swap(a, 'sell', x);
    expect(eventData(out, 'StakeAdded')).toEqual([[eve.address, v2.address, s.paidOut, s.paidOut, 0n, 0n]]);
    expect(await stake(v2, eve, A)).toBe(0n);
    expect(await stake(v2, eve, 0)).toBe(s.paidOut);
    const balance = await free(eve);
    const all = await ok(api, tx().unstakeAll(v2.address), eve);
    expect(eventData(all, 'StakeRemoved')).toEqual([[eve.address, v2.address, s.paidOut, s.paidOut, 0n, 0n]]);
    expect(await free(eve)).toBe(balance + s.paidOut - txFee(all));
  });
});

describe('refusals decode to subtensor error names', () => {
  beforeAll(async () => {
    await ok(api, tx().addStake(v1.address, A, 50n * TAO), dave);
  });
  it('error: SameNetuid, SubnetNotExists, HotKeyAccountNotExists, AmountTooLow, SubtokenDisabled', async () => {
    await expectError(tx().moveStake(v1.address, v1.address, A, A, TAO), dave, `${S}.SameNetuid`);
    await expectError(tx().swapStake(v1.address, A, 99, TAO), dave, `${S}.SubnetNotExists`);
    await expectError(
      tx().moveStake(v1.address, eve.address, A, B, TAO),
      dave,
      `${S}.HotKeyAccountNotExists`,
    );
    await expectError(tx().swapStake(v1.address, A, B, 1000), dave, `${S}.AmountTooLow`);
    await expectError(tx().moveStake(v1.address, v2.address, A, A, 1000), dave, `${S}.AmountTooLow`);
    await expectError(tx().swapStake(v1.address, A, C, TAO), dave, `${S}.SubtokenDisabled`);
    await expectError(tx().unstakeAll(eve.address), dave, `${S}.HotKeyAccountNotExists`);
    await expectError(tx().unstakeAllAlpha(v2.address), dave, `${S}.AmountTooLow`);
  });
  it('error: transfer_stake out of a subnet with TransferToggle off is TransferDisallowed', async () => {
    await setStorage(api, q().transferToggle.key(A), '0x00');
    await devnet.newBlock(1);
    await expectError(
      tx().transferStake(eve.address, v1.address, A, A, TAO),
      dave,
      `${S}.TransferDisallowed`,
    );
    await setStorage(api, q().transferToggle.key(A), null);
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
      [
        tx().moveStake(v1.address, v2.address, 1, 2, 5n),
        `55${acc(v1)}${acc(v2)}${le(1, 2)}${le(2, 2)}${le(5, 8)}`,
      ],
      [
        tx().transferStake(eve.address, v1.address, 1, 2, 5n),
        `56${acc(eve)}${acc(v1)}${le(1, 2)}${le(2, 2)}${le(5, 8)}`,
      ],
      [tx().swapStake(v1.address, 1, 2, 5n), `57${acc(v1)}${le(1, 2)}${le(2, 2)}${le(5, 8)}`],
      [
        tx().swapStakeLimit(v1.address, 1, 2, 5n, 7n, true),
        `5a${acc(v1)}${le(1, 2)}${le(2, 2)}${le(5, 8)}${le(7, 8)}01`,
      ],
      [tx().unstakeAll(v1.address), `53${acc(v1)}`],
      [tx().unstakeAllAlpha(v1.address), `54${acc(v1)}`],
      [tx().removeStakeFullLimit(v1.address, 3, 9n), `67${acc(v1)}${le(3, 2)}01${le(9, 8)}`],
      [tx().removeStakeFullLimit(v1.address, 3, null), `67${acc(v1)}${le(3, 2)}00`],
      [tx().addStakeLimit(v1.address, 3, 5n, 7n, false), `58${acc(v1)}${le(3, 2)}${le(5, 8)}${le(7, 8)}00`],
      [tx().removeStakeLimit(v1.address, 3, 5n, 7n, true), `59${acc(v1)}${le(3, 2)}${le(5, 8)}${le(7, 8)}01`],
      [api.tx.swap.setFeeRate(3, 100), `1c00${le(3, 2)}${le(100, 2)}`],
    ];
    for (const [call, body] of cases) {
      const expected = body.startsWith('1c') ? `0x${body}` : `0x07${body}`;
      expect(call.method.toHex()).toBe(expected);
    }
  });
});
