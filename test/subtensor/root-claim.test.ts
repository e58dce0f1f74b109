/**
 * Root dividend claims over unmodified @polkadot/api against a devnet: a root staker sets its claim type, claims with
 * `Keep` (alpha stake on the subnet) and `Swap` (sold through the pool, restaked on root), and is claimed for
 * automatically by a later block; the events and errors decode under subtensor's names and the call data equals bytes
 * built by hand from subtensor's call table (indices 121–124). Root dividends are seeded with `dev_setStorage` of
 * `RootClaimable` at chosen rates, on a subnet that never starts emission (subtoken enabled by storage), so only the
 * claims move the pool; `root-claim-coinbase.test.ts` claims what the coinbase itself pays.
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Pool, swap } from '../../chain/test-support/pool-reference.js';
import {
  alice,
  big,
  createSubnet,
  keyring,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let A: number;

const charlie = keyring.addFromUri('//Charlie');
const validator = keyring.addFromUri('//Alice_rc');
const S = 'subtensorModule';
const ROOT_STAKE = 100n * TAO;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;

const u16le = (n: number) => u8aToHex(new Uint8Array([n & 0xff, n >> 8]), undefined, false);
/** `BTreeMap<NetUid, I96F32>` with one entry, SCALE-encoded. */
function claimable(netuid: number, bits: bigint): string {
  const i128 = new Uint8Array(16);
  for (let i = 0; i < 16; i++) i128[i] = Number((bits >> BigInt(8 * i)) & 0xffn);
  return `0x04${u16le(netuid)}${u8aToHex(i128, undefined, false)}`;
}
/** Credits root dividends as `rate` (I96F32 bits) alpha per rao of the validator's root stake. */
const seed = (bits: bigint) => setStorage(api, q().rootClaimable.key(validator.address), claimable(A, bits));
async function stake(netuid: number): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    validator.address,
    charlie.address,
    netuid,
  )) as unknown as { unwrap(): { stake: { toBigInt(): bigint } } };
  return info.unwrap().stake.toBigInt();
}
const rootClaimed = async () => big(await q().rootClaimed(A, validator.address, charlie.address));
const pool = async (netuid: number): Promise<Pool> => ({
  tao: big(await q().subnetTAO(netuid)),
  alpha: big(await q().subnetAlphaIn(netuid)),
});

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, validator, { startCall: false });
  await setStorage(api, q().subtokenEnabled.key(A), '0x01');
  // Automatic claims off until the test that turns them on (each block would claim for charlie first).
  await sudo(api, tx().sudoSetNumRootClaims(0));
  await ok(api, tx().addStake(validator.address, 0, ROOT_STAKE), charlie);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('root claims over @polkadot/api', () => {
  it('default: call data of claim_root (121), set_root_claim_type (122) and the two sudo calls is subtensor’s', () => {
    expect(tx().claimRoot([A]).method.toHex()).toBe(`0x077904${u16le(A)}`);
    expect(tx().setRootClaimType('Swap').method.toHex()).toBe('0x077a00');
    expect(tx().setRootClaimType('Keep').method.toHex()).toBe('0x077a01');
    expect(
      tx()
        .setRootClaimType({ KeepSubnets: { subnets: [A] } })
        .method.toHex(),
    ).toBe(`0x077a0204${u16le(A)}`);
    expect(tx().sudoSetNumRootClaims(27).method.toHex()).toBe('0x077b1b00000000000000');
    expect(tx().sudoSetRootClaimThreshold(A, 1000).method.toHex()).toBe(`0x077c${u16le(A)}e803000000000000`);
  });

  it('default: set_root_claim_type stores the type and emits RootClaimTypeSet; the default is Swap', async () => {
    expect((await q().rootClaimType(charlie.address)).toJSON()).toEqual({ swap: null });
    const out = await ok(api, tx().setRootClaimType('Keep'), charlie);
    const set = out.events.find((e) => e.section === S && e.method === 'RootClaimTypeSet');
    expect(set?.data).toEqual([charlie.address, { keep: null }]);
    expect((await q().rootClaimType(charlie.address)).toJSON()).toEqual({ keep: null });
  });

  it('default: claim_root with Keep pays rate × root stake as alpha stake on the subnet and emits RootClaimed', async () => {
    await seed(1n << 26n); // 1/64 alpha per rao of root stake
    const out = await ok(api, tx().claimRoot([A]), charlie);
    expect(
      out.events.filter((e) => e.section === S && e.method === 'RootClaimed').map((e) => e.data),
    ).toEqual([[charlie.address]]);
    expect(await stake(A)).toBe(ROOT_STAKE / 64n);
    expect(await rootClaimed()).toBe(ROOT_STAKE / 64n);
  });

  it('default: claim_root with Swap sells the alpha through the pool (no fee) and restakes the TAO on root', async () => {
    await ok(api, tx().setRootClaimType('Swap'), charlie);
    await seed(2n << 26n); // another 1/64 accrues
    const before = await pool(A);
    const rootBefore = await pool(0);
    await ok(api, tx().claimRoot([A]), charlie);
    const sold = swap(before, 'sell', ROOT_STAKE / 64n, false);
    expect(await pool(A)).toEqual({ tao: before.tao - sold.paidOut, alpha: before.alpha + ROOT_STAKE / 64n });
    expect((await pool(0)).tao).toBe(rootBefore.tao + sold.paidOut);
    expect(await stake(0)).toBe(ROOT_STAKE + sold.paidOut);
    expect(await stake(A)).toBe(ROOT_STAKE / 64n);
    // The TAO restaked on root owes nothing already accrued: RootClaimed rises by rate × that stake.
    expect(await rootClaimed()).toBe((2n * ROOT_STAKE) / 64n + (sold.paidOut * 2n) / 64n);
  });

  it('behavior: with NumRootClaim set, a block claims for the indexed coldkey without a call', async () => {
    await ok(api, tx().setRootClaimType('Keep'), charlie);
    await sudo(api, tx().sudoSetNumRootClaims(5));
    const rootStake = await stake(0);
    const claimed = await rootClaimed();
    const keptBefore = await stake(A);
    await seed(3n << 26n);
    await devnet.newBlock(1);
    const owed = ((3n << 26n) * rootStake) / (1n << 32n) - claimed;
    expect(owed).toBeGreaterThan(0n);
    expect(await stake(A)).toBe(keptBefore + owed);
    const events = (await api.query.system.events()) as unknown as {
      event: { section: string; method: string };
    }[];
    expect(events.some((e) => e.event.section === S && e.event.method === 'RootClaimed')).toBe(true);
    await sudo(api, tx().sudoSetNumRootClaims(0));
  });

  it('error: claim_root with no subnet or more than five, and KeepSubnets without a subnet, are InvalidSubnetNumber', async () => {
    expect((await send(api, tx().claimRoot([]), charlie)).error).toBe(`${S}.InvalidSubnetNumber`);
    expect((await send(api, tx().claimRoot([1, 2, 3, 4, 5, 6]), charlie)).error).toBe(
      `${S}.InvalidSubnetNumber`,
    );
    const keepNone = tx().setRootClaimType({ KeepSubnets: { subnets: [] } });
    expect((await send(api, keepNone, charlie)).error).toBe(`${S}.InvalidSubnetNumber`);
  });

  it('error: the claim threshold is set by the subnet owner (or root) only, up to 10,000,000', async () => {
    await ok(api, tx().sudoSetRootClaimThreshold(A, 1000), alice);
    const threshold = (await q().rootClaimableThreshold(A)).toJSON() as { bits: number | string };
    expect(BigInt(threshold.bits)).toBe(1000n << 32n);
    expect((await send(api, tx().sudoSetRootClaimThreshold(A, 1000), charlie)).error).toBe('BadOrigin');
    const tooHigh = tx().sudoSetRootClaimThreshold(A, 10_000_001);
    expect((await send(api, tooHigh, alice)).error).toBe(`${S}.InvalidRootClaimThreshold`);
    expect((await send(api, tx().sudoSetNumRootClaims(51), charlie)).error).toBe('BadOrigin');
  });
});
