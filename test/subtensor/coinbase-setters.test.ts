/**
 * The AdminUtils setters of the coinbase's own knobs, over unmodified @polkadot/api, each checked through what the
 * coinbase then does: `sudo_set_owner_cut_enabled` stops `PendingOwnerCut`, `sudo_set_subnet_emission_enabled`
 * zeroes a subnet's `SubnetTaoInEmission` and hands its share to the others, `sudo_set_recycle_or_burn` decides
 * whether an owner-hotkey incentive leaves `SubnetAlphaOut`, `sudo_set_subnet_moving_alpha` sets the step of
 * `SubnetMovingPrice`, `sudo_set_ck_burn` and `sudo_set_rao_recycled` write `CKBurn` and
 * `RAORecycledForRegistration`; with subtensor's origins and errors.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMovingPrice } from './coinbase-reference.js';
import { bits } from './coinbase-snapshot.js';
import {
  alice,
  big,
  blockNumber,
  createSubnet,
  keyring,
  num,
  type Outcome,
  ok,
  opt,
  send,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const dave = keyring.addFromUri('//Dave');
const validatorHot = keyring.addFromUri('//SettersValidator');
/** A: Bob's, B: Alice's, both with a tempo long enough that no epoch drains what the tests read. */
let A: number;
let B: number;

const au = () => api.tx.adminUtils;
const q = () => api.query.subtensorModule;
/** The error of `Sudo.sudo(call)`'s inner call. */
const sudoError = async (call: SubmittableExtrinsic<'promise'>) =>
  (await send(api, api.tx.sudo.sudo(call), alice)).error;
const signedError = async (call: SubmittableExtrinsic<'promise'>, signer: KeyringPair) =>
  (await send(api, call, signer)).error;
/** The `AdminUtils` events of an outcome, as `[name, data]`. */
const adminEvents = (out: Outcome) =>
  out.events.filter((e) => e.section === 'adminUtils').map((e) => [e.method, e.data] as [string, unknown]);
/** Reads `item(netuid)` at the best block, as a bigint. */
const read = async (item: (n: number) => Promise<unknown>, netuid: number) => big(await item(netuid));

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, bob, keyring.addFromUri('//Bob_setters'), { tempo: 5_000 });
  B = await createSubnet(api, alice, keyring.addFromUri('//Alice_setters'), { tempo: 5_000 });
  // Fast EMAs, so both moving prices (hence both emission shares) are well above zero within a few blocks.
  for (const netuid of [A, B]) await sudo(api, api.tx.adminUtils.sudoSetEmaPriceHalvingPeriod(netuid, 1));
  await sudo(api, api.tx.adminUtils.sudoSetSubnetMovingAlpha({ bits: 1n << 31n }));
  await devnet.newBlock(3);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('sudo_set_owner_cut_enabled', () => {
  it('behavior: the owner turns the cut off and PendingOwnerCut stops growing, then on again', async () => {
    const pending = (n: number) => read(q().pendingOwnerCut, n);
    await ok(api, au().sudoSetOwnerCutEnabled(A, false), bob);
    expect((await q().ownerCutEnabled(A)).toJSON()).toBe(false);
    const [a0, b0] = [await pending(A), await pending(B)];
    await devnet.newBlock(3);
    expect(await pending(A)).toBe(a0);
    expect(await pending(B)).toBeGreaterThan(b0);
    await sudo(api, au().sudoSetOwnerCutEnabled(A, true));
    await devnet.newBlock(1);
    expect(await pending(A)).toBeGreaterThan(a0);
  });

  it('error: BadOrigin for another coldkey, NotPermittedOnRootSubnet, SubnetDoesNotExist', async () => {
    expect(await signedError(au().sudoSetOwnerCutEnabled(A, false), dave)).toBe('BadOrigin');
    expect(await sudoError(au().sudoSetOwnerCutEnabled(0, false))).toBe(
      'adminUtils.NotPermittedOnRootSubnet',
    );
    expect(await sudoError(au().sudoSetOwnerCutEnabled(99, false))).toBe('adminUtils.SubnetDoesNotExist');
  });
});

describe('sudo_set_subnet_emission_enabled', () => {
  it('behavior: a disabled subnet gets no TAO and the other subnets share its part', async () => {
    const received = async (n: number) =>
      (await read(q().subnetTaoInEmission, n)) + (await read(q().subnetExcessTao, n));
    const [a0, b0] = [await received(A), await received(B)];
    expect(a0).toBeGreaterThan(0n);
    expect(b0).toBeGreaterThan(0n);
    const out = await sudo(api, au().sudoSetSubnetEmissionEnabled(A, false));
    expect(adminEvents(out)).toEqual([['SubnetEmissionEnabledSet', [A, false]]]);
    await devnet.newBlock(1);
    expect(await received(A)).toBe(0n);
    expect(await received(B)).toBeGreaterThan(b0);
    await sudo(api, au().sudoSetSubnetEmissionEnabled(A, true));
    await devnet.newBlock(1);
    expect(await received(A)).toBeGreaterThan(0n);
  });

  it('error: root only (BadOrigin for the owner), NotPermittedOnRootSubnet, SubnetDoesNotExist', async () => {
    expect(await signedError(au().sudoSetSubnetEmissionEnabled(A, false), bob)).toBe('BadOrigin');
    expect(await sudoError(au().sudoSetSubnetEmissionEnabled(0, false))).toBe(
      'adminUtils.NotPermittedOnRootSubnet',
    );
    expect(await sudoError(au().sudoSetSubnetEmissionEnabled(99, false))).toBe(
      'adminUtils.SubnetDoesNotExist',
    );
  });
});

describe('sudo_set_subnet_moving_alpha', () => {
  it('behavior: alpha 0 holds SubnetMovingPrice; a larger alpha steps it by the EMA formula', async () => {
    await sudo(api, au().sudoSetSubnetMovingAlpha({ bits: 0n }));
    const moving = async () => bits(await q().subnetMovingPrice(A));
    const held = await moving();
    await devnet.newBlock(2);
    expect(await moving()).toBe(held);

    const alpha = 1n << 31n; // 0.5
    await sudo(api, au().sudoSetSubnetMovingAlpha({ bits: alpha }));
    expect(bits(await q().subnetMovingAlpha())).toBe(alpha);
    const before = await moving();
    await devnet.newBlock(1);
    const block = BigInt(await blockNumber(api));
    const first = big(opt(await q().firstEmissionBlockNumber(A)).unwrap());
    const price = ((await read(q().subnetTAO, A)) << 64n) / (await read(q().subnetAlphaIn, A));
    const after = await moving();
    expect(after).not.toBe(before);
    expect(after).toBe(nextMovingPrice(before, price, block - (first - 1n), 1n, alpha));
  });

  it('error: root only', async () => {
    expect(await signedError(au().sudoSetSubnetMovingAlpha({ bits: 1n }), bob)).toBe('BadOrigin');
  });
});

describe('sudo_set_recycle_or_burn', () => {
  /**
   * At the epoch of a subnet whose only weights go to the owner's hotkey (uid 0), `SubnetAlphaOut` grows by the
   * block's alpha-out emission, less the owner hotkey's incentive when it is recycled.
   */
  async function epochAlphaOut(
    netuid: number,
  ): Promise<{ grew: bigint; emitted: bigint; incentive: bigint }> {
    const last = big(await q().lastEpochBlock(netuid));
    for (let i = 0; i < 40; i++) {
      const before = await read(q().subnetAlphaOut, netuid);
      await devnet.newBlock(1);
      if (big(await q().lastEpochBlock(netuid)) === last) continue;
      const incentive = (await q().emission(netuid)).toJSON() as number[];
      return {
        grew: (await read(q().subnetAlphaOut, netuid)) - before,
        emitted: await read(q().subnetAlphaOutEmission, netuid),
        incentive: BigInt(incentive[0] ?? 0),
      };
    }
    throw new Error(`no epoch on netuid ${netuid}`);
  }

  it('behavior: Burn keeps the owner-hotkey incentive in SubnetAlphaOut, Recycle takes it out', async () => {
    const C = await createSubnet(api, charlie, keyring.addFromUri('//Charlie_setters'), { tempo: 5 });
    const st = api.tx.subtensorModule;
    await ok(api, st.burnedRegister(C, validatorHot.address), dave);
    await ok(api, st.addStake(validatorHot.address, C, 100n * TAO), dave);
    await epochAlphaOut(C); // the validator permit
    await ok(api, st.setWeights(C, [0], [65_535], 0), validatorHot);
    expect((await q().recycleOrBurn(C)).toString()).toBe('Burn');
    await epochAlphaOut(C); // the first epoch after the weights: bonds form

    const burn = await epochAlphaOut(C);
    expect(burn.incentive).toBeGreaterThan(0n);
    expect(burn.grew).toBe(burn.emitted);

    await ok(api, au().sudoSetRecycleOrBurn(C, 'Recycle'), charlie);
    expect((await q().recycleOrBurn(C)).toString()).toBe('Recycle');
    const recycle = await epochAlphaOut(C);
    expect(recycle.incentive).toBeGreaterThan(0n);
    expect(recycle.grew).toBe(recycle.emitted - recycle.incentive);
  });

  it('error: BadOrigin for another coldkey; root may set it', async () => {
    expect(await signedError(au().sudoSetRecycleOrBurn(A, 'Recycle'), dave)).toBe('BadOrigin');
    await sudo(api, au().sudoSetRecycleOrBurn(A, 'Recycle'));
    expect((await q().recycleOrBurn(A)).toString()).toBe('Recycle');
  });
});

describe('sudo_set_ck_burn and sudo_set_rao_recycled', () => {
  it('default: root sets CKBurn and RAORecycledForRegistration (RAORecycledForRegistrationSet)', async () => {
    await sudo(api, au().sudoSetCkBurn(1n << 62n));
    expect(big(await q().ckBurn())).toBe(1n << 62n);
    const out = await sudo(api, au().sudoSetRaoRecycled(A, 7n * TAO));
    expect(big(await q().raoRecycledForRegistration(A))).toBe(7n * TAO);
    const events = out.events.filter((e) => e.section === 'subtensorModule').map((e) => [e.method, e.data]);
    expect(events).toEqual([['RAORecycledForRegistrationSet', [A, num(api.createType('u64', 7n * TAO))]]]);
  });

  it('error: both root only; rao_recycled needs the subnet', async () => {
    expect(await signedError(au().sudoSetCkBurn(1), bob)).toBe('BadOrigin');
    expect(await signedError(au().sudoSetRaoRecycled(A, 1), bob)).toBe('BadOrigin');
    expect(await sudoError(au().sudoSetRaoRecycled(99, 1))).toBe('adminUtils.SubnetDoesNotExist');
  });
});

describe('AdminUtils events', () => {
  it('default: declared with the names and named fields of subtensor', () => {
    const fields = (name: string) =>
      api.events.adminUtils![name]!.meta.fields.map((f) => `${f.name.toString()}: ${f.typeName.toString()}`);
    expect(fields('SubnetEmissionEnabledSet')).toEqual(['netuid: NetUid', 'enabled: bool']);
    expect(fields('PrecompileUpdated')).toEqual(['precompile_id: PrecompileEnum', 'enabled: bool']);
    expect(fields('BurnIncreaseMultSet')).toEqual(['netuid: NetUid', 'burn_increase_mult: U64F64']);
  });

  it('default: the toggles and burn setters emit theirs, as subtensor', async () => {
    expect(adminEvents(await sudo(api, au().sudoSetYuma3Enabled(B, true)))).toEqual([
      ['Yuma3EnableToggled', [B, true]],
    ]);
    const reset = await sudo(api, au().sudoSetBondsResetEnabled(B, true));
    expect(reset.events.filter((e) => e.method.startsWith('BondsReset')).map((e) => e.method)).toEqual([
      'BondsResetOnSet',
      'BondsResetToggled',
    ]);
    expect(adminEvents(await sudo(api, au().sudoSetBurnHalfLife(B, 100)))).toEqual([
      ['BurnHalfLifeSet', [B, 100]],
    ]);
    const mult = await sudo(api, au().sudoSetBurnIncreaseMult(B, { bits: 2n << 64n }));
    expect(adminEvents(mult).map(([name]) => name)).toEqual(['BurnIncreaseMultSet']);
  });
});
