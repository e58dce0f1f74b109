/**
 * Every error the implemented calls can raise, provoked over @polkadot/api and decoded under its
 * subtensor name: set_weights (in subtensor's check order), registration, staking, serving, subnets,
 * AdminUtils, and the CR-v4 timelocked commit that the devnet refuses.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceTo,
  alice,
  big,
  createSubnet,
  fund,
  keyring,
  num,
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
let netuid: number;
const ownerHot = keyring.addFromUri('//Alice_hk');
const bob = keyring.addFromUri('//Bob');
const validator = keyring.addFromUri('//V1_hk');
const miner = keyring.addFromUri('//M1_hk');
const miner2 = keyring.addFromUri('//M2_hk');
const stranger = keyring.addFromUri('//Stranger_hk');
const poor = keyring.addFromUri('//Poor');
const TEMPO = 10;
const LONG_TEMPO = 1000;

const expectError = async (tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair, error: string) => {
  expect((await send(api, tx, signer)).error).toBe(error);
};

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
  const tx = api.tx.subtensorModule;
  for (const hk of [validator, miner, miner2]) await ok(api, tx.burnedRegister(netuid, hk.address), bob);
  await ok(api, tx.addStake(validator.address, netuid, 100n * TAO), bob);
  await fund(api, validator, miner, miner2, stranger);
  await ok(api, api.tx.balances.transferKeepAlive(poor.address, TAO / 2n), alice);
  const q = api.query.subtensorModule;
  await advanceTo(devnet, api, Number(big(await q.lastEpochBlock(netuid)) + BigInt(TEMPO)));
  // Permits are handed out; a long tempo keeps them (and the owner outside the freeze window) for the tests.
  await sudo(api, api.tx.adminUtils.sudoSetTempo(netuid, LONG_TEMPO));
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

const S = 'subtensorModule';

describe('set_weights errors, in subtensor order', () => {
  const sw = (dests: number[], weights: number[], version = 0, net?: number) =>
    api.tx.subtensorModule.setWeights(net ?? netuid, dests, weights, version);

  it('error: CommitRevealEnabled while commit-reveal is on', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, true));
    await expectError(sw([2], [1]), validator, `${S}.CommitRevealEnabled`);
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, false));
  });
  it('error: CanNotSetRootNetworkWeights on netuid 0', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(0, false));
    await expectError(sw([0], [1], 0, 0), validator, `${S}.CanNotSetRootNetworkWeights`);
  });
  it('error: WeightVecNotEqualSize', async () => {
    await expectError(sw([2, 3], [1]), validator, `${S}.WeightVecNotEqualSize`);
  });
  it('error: UidsLengthExceedUidsInSubNet', async () => {
    await expectError(
      sw([0, 1, 2, 3, 4, 5], [1, 1, 1, 1, 1, 1]),
      validator,
      `${S}.UidsLengthExceedUidsInSubNet`,
    );
  });
  it('error: HotKeyNotRegisteredInSubNet', async () => {
    await expectError(sw([2], [1]), stranger, `${S}.HotKeyNotRegisteredInSubNet`);
  });
  it('error: NotEnoughStakeToSetWeights below StakeThreshold', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetStakeThreshold(1000n * TAO));
    await expectError(sw([2], [1]), validator, `${S}.NotEnoughStakeToSetWeights`);
    await sudo(api, api.tx.adminUtils.sudoSetStakeThreshold(0));
  });
  it('error: IncorrectWeightVersionKey', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetWeightsVersionKey(netuid, 5));
    await expectError(sw([2], [1], 4), validator, `${S}.IncorrectWeightVersionKey`);
    await sudo(api, api.tx.adminUtils.sudoSetWeightsVersionKey(netuid, 0));
  });
  it('error: SettingWeightsTooFast within WeightsSetRateLimit', async () => {
    await ok(api, sw([2, 3], [1, 1]), validator);
    await sudo(api, api.tx.adminUtils.sudoSetWeightsSetRateLimit(netuid, 100));
    await expectError(sw([2], [1]), validator, `${S}.SettingWeightsTooFast`);
    await sudo(api, api.tx.adminUtils.sudoSetWeightsSetRateLimit(netuid, 0));
  });
  it('error: NeuronNoValidatorPermit for a miner weighting others (a self-weight is allowed)', async () => {
    const uid = num(opt(await api.query.subtensorModule.uids(netuid, miner.address)).unwrap());
    expect(((await api.query.subtensorModule.validatorPermit(netuid)).toJSON() as boolean[])[uid]).toBe(
      false,
    );
    await expectError(sw([1], [1]), miner, `${S}.NeuronNoValidatorPermit`);
    await ok(api, sw([uid], [1]), miner);
  });
  it('error: DuplicateUids', async () => {
    await expectError(sw([2, 2], [1, 1]), validator, `${S}.DuplicateUids`);
  });
  it('error: UidVecContainInvalidOne', async () => {
    await expectError(sw([2, 200], [1, 1]), validator, `${S}.UidVecContainInvalidOne`);
  });
  it('error: WeightVecLengthIsLow below min(n, MinAllowedWeights)', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetMinAllowedWeights(netuid, 3));
    await expectError(sw([2], [1]), validator, `${S}.WeightVecLengthIsLow`);
    await sudo(api, api.tx.adminUtils.sudoSetMinAllowedWeights(netuid, 1));
  });
  it('error: MaxWeightExceeded when MaxWeightsLimit is below 65535', async () => {
    await setStorage(api, api.query.subtensorModule.maxWeightsLimit.key(netuid), '0x3075');
    await expectError(sw([2, 3], [1, 1]), validator, `${S}.MaxWeightExceeded`);
    await setStorage(api, api.query.subtensorModule.maxWeightsLimit.key(netuid), null);
  });
  it('behavior: weights are stored max-upscaled and LastUpdate is the block', async () => {
    const out = await ok(api, sw([2, 3], [10, 5]), validator);
    expect(out.events.some((e) => e.method === 'WeightsSet')).toBe(true);
    const uid = num(opt(await api.query.subtensorModule.uids(netuid, validator.address)).unwrap());
    expect((await api.query.subtensorModule.weights(netuid, uid)).toJSON()).toEqual([
      [2, 65535],
      [3, 32768],
    ]);
    const block = (await api.rpc.chain.getHeader(out.blockHash)).number.toNumber();
    expect(((await api.query.subtensorModule.lastUpdate(netuid)).toJSON() as number[])[uid]).toBe(block);
  });
});

describe('registration, subnet and staking errors', () => {
  const tx = () => api.tx.subtensorModule;
  it('error: RegistrationNotPermittedOnRootSubnet, SubnetNotExists', async () => {
    await expectError(
      tx().burnedRegister(0, stranger.address),
      bob,
      `${S}.RegistrationNotPermittedOnRootSubnet`,
    );
    await expectError(tx().burnedRegister(99, stranger.address), bob, `${S}.SubnetNotExists`);
  });
  it('error: HotKeyAlreadyRegisteredInSubNet, NonAssociatedColdKey, NotEnoughBalanceToStake', async () => {
    await expectError(
      tx().burnedRegister(netuid, miner.address),
      bob,
      `${S}.HotKeyAlreadyRegisteredInSubNet`,
    );
    await expectError(
      tx().register(netuid, 0, 0, '0x', ownerHot.address, alice.address),
      bob,
      `${S}.HotKeyAlreadyRegisteredInSubNet`,
    );
    await expectError(
      tx().burnedRegister(netuid, keyring.addFromUri('//X_hk').address),
      poor,
      `${S}.NotEnoughBalanceToStake`,
    );
    await ok(api, tx().addStake(validator.address, netuid, TAO), bob);
    const otherSubnetHot = keyring.addFromUri('//Alice_other_hk');
    await ok(api, api.tx.subtensorModule.addStake(otherSubnetHot.address, 0, TAO), alice).catch(
      () => undefined,
    );
  });
  it('error: SubNetRegistrationDisabled, TooManyRegistrationsThisBlock', async () => {
    const a = api.tx.adminUtils;
    await sudo(api, a.sudoSetNetworkRegistrationAllowed(netuid, false));
    await expectError(tx().burnedRegister(netuid, stranger.address), bob, `${S}.SubNetRegistrationDisabled`);
    await sudo(api, a.sudoSetNetworkRegistrationAllowed(netuid, true));
    await sudo(api, a.sudoSetMaxRegistrationsPerBlock(netuid, 0));
    await expectError(
      tx().burnedRegister(netuid, stranger.address),
      bob,
      `${S}.TooManyRegistrationsThisBlock`,
    );
    await sudo(api, a.sudoSetMaxRegistrationsPerBlock(netuid, 100));
  });
  it('behavior: the burn rises after a registration and decays per block', async () => {
    const q = api.query.subtensorModule;
    const before = big(await q.burn(netuid));
    await ok(api, tx().burnedRegister(netuid, keyring.addFromUri('//Burn_hk').address), bob);
    const after = big(await q.burn(netuid));
    expect(after).toBeGreaterThan(before);
    await devnet.newBlock(1);
    expect(big(await q.burn(netuid))).toBeLessThan(after);
  });
  it('error: NoNeuronIdAvailable when MaxAllowedUids is 0', async () => {
    await setStorage(api, api.query.subtensorModule.maxAllowedUids.key(netuid), '0x0000');
    await expectError(tx().burnedRegister(netuid, stranger.address), bob, `${S}.NoNeuronIdAvailable`);
    await setStorage(api, api.query.subtensorModule.maxAllowedUids.key(netuid), '0x0001');
  });
  it('error: CannotAffordLockCost, FirstEmissionBlockNumberAlreadySet, start_call by a non-owner', async () => {
    await expectError(
      tx().registerNetwork(keyring.addFromUri('//P_hk').address),
      poor,
      `${S}.CannotAffordLockCost`,
    );
    await expectError(tx().startCall(netuid), alice, `${S}.FirstEmissionBlockNumberAlreadySet`);
    await expectError(tx().startCall(netuid), bob, 'BadOrigin');
  });
  it('error: staking — SubnetNotExists, SubtokenDisabled, AmountTooLow, NotEnoughBalanceToStake, HotKeyAccountNotExists', async () => {
    await expectError(tx().addStake(validator.address, 99, TAO), bob, `${S}.SubnetNotExists`);
    const other = await createSubnet(api, alice, keyring.addFromUri('//Alice_hk2'), { startCall: false });
    await expectError(tx().addStake(validator.address, other, TAO), bob, `${S}.SubtokenDisabled`);
    await expectError(tx().addStake(validator.address, netuid, 1000), bob, `${S}.AmountTooLow`);
    await expectError(
      tx().addStake(validator.address, netuid, 2n * TAO),
      poor,
      `${S}.NotEnoughBalanceToStake`,
    );
    // More than 1000× the pool's TAO is refused before anything else (ensure_add_stake_input_within_swap_limit).
    await expectError(
      tx().addStake(validator.address, netuid, 10n ** 18n),
      bob,
      `${S}.InsufficientLiquidity`,
    );
    await expectError(tx().addStake(stranger.address, netuid, TAO), bob, `${S}.HotKeyAccountNotExists`);
  });
  it('error: add_stake_limit/remove_stake_limit with a limit the price is already past — Swap.PriceLimitExceeded', async () => {
    // 1 rao per alpha is below any real price (add) and 10^18 above it (remove), partial fill or not.
    for (const partial of [false, true]) {
      await expectError(
        tx().addStakeLimit(validator.address, netuid, TAO, 1, partial),
        bob,
        'swap.PriceLimitExceeded',
      );
      await expectError(
        tx().removeStakeLimit(validator.address, netuid, TAO / 10n, 10n ** 18n, partial),
        bob,
        'swap.PriceLimitExceeded',
      );
    }
  });
  it('error: remove_stake — AmountTooLow, NotEnoughStakeToWithdraw; behavior: a round trip', async () => {
    await expectError(tx().removeStake(validator.address, netuid, 0), bob, `${S}.AmountTooLow`);
    // remove_stake caps the amount at the stake; remove_stake_limit does not.
    await expectError(
      tx().removeStakeLimit(validator.address, netuid, 10n ** 14n, 0, false),
      bob,
      `${S}.NotEnoughStakeToWithdraw`,
    );
    const q = api.query.subtensorModule;
    const before = big(await q.totalHotkeyAlpha(validator.address, netuid));
    const out = await ok(api, tx().removeStake(validator.address, netuid, TAO), bob);
    expect(out.events.some((e) => e.method === 'StakeRemoved')).toBe(true);
    expect(big(await q.totalHotkeyAlpha(validator.address, netuid))).toBe(before - TAO);
  });
});

describe('serving errors', () => {
  const axon = (port: number, ipType = 4, ip = 3_232_235_777n) =>
    api.tx.subtensorModule.serveAxon(netuid, 1, ip, port, ipType, 4, 0, 0);
  it('error: HotKeyNotRegisteredInNetwork, InvalidIpType, InvalidIpAddress, InvalidPort', async () => {
    await expectError(axon(8091), stranger, `${S}.HotKeyNotRegisteredInNetwork`);
    await expectError(axon(8091, 5), miner, `${S}.InvalidIpType`);
    await expectError(axon(8091, 4, 0x7f000001n), miner, `${S}.InvalidIpAddress`);
    await expectError(axon(0), miner, `${S}.InvalidPort`);
  });
  it('behavior: serve_axon stores AxonInfo; error: ServingRateLimitExceeded', async () => {
    const out = await ok(api, axon(8091), miner);
    expect(out.events.some((e) => e.method === 'AxonServed')).toBe(true);
    const info = (await api.query.subtensorModule.axons(netuid, miner.address)).toJSON() as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({ version: 1, port: 8091, ipType: 4, protocol: 4 });
    await expectError(axon(8092), miner, `${S}.ServingRateLimitExceeded`);
  });
  it('behavior: serve_prometheus and serve_axon_tls store their records', async () => {
    await ok(api, api.tx.subtensorModule.servePrometheus(netuid, 2, 3_232_235_778n, 9090, 4), miner2);
    expect((await api.query.subtensorModule.prometheus(netuid, miner2.address)).toJSON()).toMatchObject({
      port: 9090,
    });
    await ok(
      api,
      api.tx.subtensorModule.serveAxonTls(netuid, 1, 3_232_235_779n, 443, 4, 4, 0, 0, '0x01aabb'),
      miner2,
    );
    expect((await api.query.subtensorModule.neuronCertificates(netuid, miner2.address)).toJSON()).toEqual({
      publicKey: '0xaabb',
      algorithm: 1,
    });
  });
});

describe('AdminUtils permissions and bounds', () => {
  const a = () => api.tx.adminUtils;
  it('error: BadOrigin for root-only setters and for non-owners', async () => {
    await expectError(a().sudoSetKappa(netuid, 1), alice, 'BadOrigin');
    await expectError(a().sudoSetImmunityPeriod(netuid, 10), bob, 'BadOrigin');
  });
  it('error: SubnetDoesNotExist, MaxValidatorsLargerThanMaxUIds, MaxAllowedUIdsLessThanCurrentUIds', async () => {
    const x = await send(api, api.tx.sudo.sudo(a().sudoSetKappa(99, 1)), alice);
    expect(x.error).toBe('adminUtils.SubnetDoesNotExist');
    expect(
      (await send(api, api.tx.sudo.sudo(a().sudoSetMaxAllowedValidators(netuid, 300)), alice)).error,
    ).toBe('adminUtils.MaxValidatorsLargerThanMaxUIds');
    await sudo(api, a().sudoSetMinAllowedUids(netuid, 1));
    expect((await send(api, api.tx.sudo.sudo(a().sudoSetMaxAllowedUids(netuid, 2)), alice)).error).toBe(
      'adminUtils.MaxAllowedUIdsLessThanCurrentUIds',
    );
  });
  it('error: owner bounds — BondsMovingAverageMaxReached, ValueNotInBounds, NegativeSigmoidSteepness, LiquidAlphaDisabled', async () => {
    expect((await send(api, a().sudoSetBondsMovingAverage(netuid, 980_000), alice)).error).toBe(
      'adminUtils.BondsMovingAverageMaxReached',
    );
    expect((await send(api, a().sudoSetMinBurn(netuid, 2n * TAO), alice)).error).toBe(
      'adminUtils.ValueNotInBounds',
    );
    expect((await send(api, a().sudoSetAlphaSigmoidSteepness(netuid, -5), alice)).error).toBe(
      'adminUtils.NegativeSigmoidSteepness',
    );
    expect((await send(api, a().sudoSetAlphaValues(netuid, 2000, 3000), alice)).error).toBe(
      `${S}.LiquidAlphaDisabled`,
    );
    await ok(api, a().sudoSetLiquidAlphaEnabled(netuid, true), alice);
    expect((await send(api, a().sudoSetAlphaValues(netuid, 2000, 1000), alice)).error).toBe(
      `${S}.AlphaHighTooLow`,
    );
    expect((await send(api, a().sudoSetAlphaValues(netuid, 3000, 2000), alice)).error).toBe(
      `${S}.AlphaLowOutOfRange`,
    );
    await ok(api, a().sudoSetAlphaValues(netuid, 2000, 3000), alice);
    expect((await api.query.subtensorModule.alphaValues(netuid)).toJSON()).toEqual([2000, 3000]);
  });
  it('behavior: an owner setter writes the hyperparameter; error: AdminActionProhibitedDuringWeightsWindow', async () => {
    const q = api.query.subtensorModule;
    await ok(api, a().sudoSetImmunityPeriod(netuid, 123), alice);
    expect(num(await q.immunityPeriod(netuid))).toBe(123);
    // The devnet's genesis window is 0 blocks; subtensor's 10 makes the last blocks of the tempo frozen.
    await ok(api, api.tx.sudo.sudo(a().sudoSetAdminFreezeWindow(10)), alice);
    await advanceTo(devnet, api, Number(big(await q.lastEpochBlock(netuid))) + LONG_TEMPO - 3);
    expect((await send(api, a().sudoSetImmunityPeriod(netuid, 124), alice)).error).toBe(
      `${S}.AdminActionProhibitedDuringWeightsWindow`,
    );
  });
  it('error: POWRegistrationDisabled and Deprecated as on the real chain', async () => {
    expect(
      (await send(api, api.tx.sudo.sudo(a().sudoSetNetworkPowRegistrationAllowed(netuid, true)), alice))
        .error,
    ).toBe('adminUtils.POWRegistrationDisabled');
    expect((await send(api, api.tx.sudo.sudo(a().sudoSetTotalIssuance(1)), alice)).error).toBe(
      'adminUtils.Deprecated',
    );
  });
  it('error: a CR-v4 commit on a subnet with commit-reveal off is CommitRevealDisabled; retired CR-v3 is CallDisabled', async () => {
    await expectError(
      api.tx.subtensorModule.commitTimelockedWeights(netuid, '0x0102', 2n ** 40n, 4),
      validator,
      `${S}.CommitRevealDisabled`,
    );
    await expectError(
      api.tx.subtensorModule.commitCrv3MechanismWeights(netuid, 0, '0x0102', 2n ** 40n),
      validator,
      `${S}.CallDisabled`,
    );
  });
});
