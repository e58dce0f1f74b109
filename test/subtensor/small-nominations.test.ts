/**
 * `sudo_set_nominator_min_required_stake` over unmodified @polkadot/api and what reads it: raising the minimum
 * unstakes every nomination below it (to the nominator, with `StakeRemoved`), a hotkey owner's own stake is never
 * cleared, and an unstake that leaves less than the minimum takes the rest too (`clear_small_nomination_if_required`
 * after `remove_stake`). The minimum is `DefaultMinStake (2·10^6 rao) · factor / 10^6`, in alpha at the pool price.
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const eve = keyring.addFromUri('//Eve');
const v1 = keyring.addFromUri('//Bob_v');
const S = 'subtensorModule';
let A: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
async function stake(cold: KeyringPair): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    v1.address,
    cold.address,
    A,
  )) as unknown as { isNone: boolean; unwrap(): { stake: { toBigInt(): bigint } } };
  return info.isNone ? 0n : info.unwrap().stake.toBigInt();
}
/** A factor whose minimum is `rao` of TAO. */
const factorFor = (rao: bigint) => (rao * 1_000_000n) / 2_000_000n;
/** The alpha a `StakeRemoved` took from the stake: swapped plus the fee. */
const alphaTaken = (data: unknown[]) => BigInt(data[3] as number) + BigInt(data[5] as number);

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, keyring.addFromUri('//Alice_sn'), { startCall: false });
  await setStorage(api, q().subtokenEnabled.key(A), '0x01');
  await devnet.newBlock(1);
  await ok(api, tx().burnedRegister(A, v1.address), bob);
  await ok(api, tx().addStake(v1.address, A, 10n * TAO), dave);
  await ok(api, tx().addStake(v1.address, A, TAO / 20n), eve);
  await ok(api, tx().addStake(v1.address, A, TAO / 20n), bob);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('sudo_set_nominator_min_required_stake', () => {
  it('default: raising the minimum unstakes smaller nominations, never the owner own stake', async () => {
    const [eveStake, bobStake, daveStake] = [await stake(eve), await stake(bob), await stake(dave)];
    expect(eveStake).toBeGreaterThan(0n);
    const out = await sudo(api, api.tx.adminUtils.sudoSetNominatorMinRequiredStake(factorFor(TAO)));
    expect(big(await q().nominatorMinRequiredStake())).toBe(factorFor(TAO));
    const removed = out.events.filter((e) => e.section === S && e.method === 'StakeRemoved');
    expect(removed.map((e) => [e.data[0], e.data[1], alphaTaken(e.data)])).toEqual([
      [eve.address, v1.address, eveStake],
    ]);
    expect([await stake(eve), await stake(bob), await stake(dave)]).toEqual([0n, bobStake, daveStake]);
  });

  it('behavior: an unstake leaving less than the minimum takes the rest', async () => {
    const have = await stake(dave);
    const out = await ok(api, tx().removeStake(v1.address, A, have - TAO / 10n), dave);
    const removed = out.events.filter((e) => e.section === S && e.method === 'StakeRemoved');
    expect(removed.map((e) => alphaTaken(e.data))).toEqual([have - TAO / 10n, TAO / 10n]);
    expect(await stake(dave)).toBe(0n);
  });

  it('behavior: an unstake leaving at least the minimum keeps it', async () => {
    await ok(api, tx().addStake(v1.address, A, 5n * TAO), dave);
    const have = await stake(dave);
    await ok(api, tx().removeStake(v1.address, A, TAO), dave);
    expect(await stake(dave)).toBe(have - TAO);
  });

  it('error: root only', async () => {
    expect((await send(api, api.tx.adminUtils.sudoSetNominatorMinRequiredStake(1), dave)).error).toBe(
      'BadOrigin',
    );
  });

  it('default: call data is pallet 19, call 43, the factor as u64', () => {
    expect(api.tx.adminUtils.sudoSetNominatorMinRequiredStake(5).method.toHex()).toBe(
      '0x132b0500000000000000',
    );
  });
});
