/**
 * What one block did to a subnet, read from the state the runtime left (for `subnetkit_forecast`): the
 * pool and its price, `SubnetMovingPrice`, the block's emission, the pending accumulators, the owner's
 * stake and, at an epoch, what the epoch drained from the accumulators and paid out. Reads only: the
 * economics are the runtime's own hooks, run by the block builder.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import type { StorageItem } from '../../frame/storage-item.js';
import { currentAlphaPrice } from '../swap/runtime-api.js';
import { stakeOf } from './pools.js';
import {
  LastMechansimStepBlock,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaIn,
  SubnetAlphaInEmission,
  SubnetAlphaOut,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetTAO,
  SubnetTaoInEmission,
  TotalIssuance,
} from './storage.js';

/** What an epoch drained from a subnet's pending accumulators (alpha, rao) and paid out. */
export interface EpochPayout {
  /** `PendingOwnerCut`: staked to the owner's hotkey. */
  readonly ownerCut: bigint;
  /** `PendingServerEmission`: miners' incentive. */
  readonly server: bigint;
  /** `PendingValidatorEmission`: validators' dividends. */
  readonly validator: bigint;
  /** `PendingRootAlphaDivs`: root stakers' alpha dividends. */
  readonly root: bigint;
}

/** A subnet after one block. Amounts in rao (TAO) or alpha rao. */
export interface SubnetBlock {
  readonly block: number;
  /** `current_alpha_price`: rao per alpha. */
  readonly price: bigint;
  /** `SubnetMovingPrice` as I96F32 bits (the price is `bits / 2^32` TAO per alpha). */
  readonly movingPriceBits: bigint;
  readonly taoInEmission: bigint;
  /** `SubnetExcessTao`: the TAO over the injection cap that bought alpha from the pool (a chain buy). */
  readonly excessTao: bigint;
  readonly alphaInEmission: bigint;
  readonly alphaOutEmission: bigint;
  /** `SubnetTAO`, `SubnetAlphaIn`, `SubnetAlphaOut`. */
  readonly subnetTao: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
  readonly pendingOwnerCut: bigint;
  readonly pendingServerEmission: bigint;
  readonly pendingValidatorEmission: bigint;
  readonly pendingRootAlphaDivs: bigint;
  /** The alpha of `(SubnetOwnerHotkey, SubnetOwner)` on the subnet: where the owner cut lands. */
  readonly ownerStake: bigint;
  readonly totalIssuance: bigint;
  /** Present when the subnet's epoch ran in this block (`LastMechansimStepBlock` is this block). */
  readonly epoch?: EpochPayout;
}

/**
 * Reads a subnet after block `block`; `payout` is what {@link watchDrains} saw the epoch drain.
 *
 * @example
 * const row = readSubnetBlock(state, 1, 101, watch.take());
 */
export function readSubnetBlock(
  state: StateReader,
  netuid: number,
  block: number,
  payout: EpochPayout,
): SubnetBlock {
  const ownerHot = SubnetOwnerHotkey.get(state, netuid);
  const ownerCold = SubnetOwner.get(state, netuid);
  const epochRan = LastMechansimStepBlock.get(state, netuid) === BigInt(block);
  return {
    block,
    price: currentAlphaPrice(state, netuid),
    movingPriceBits: SubnetMovingPrice.get(state, netuid).bits,
    taoInEmission: SubnetTaoInEmission.get(state, netuid),
    excessTao: SubnetExcessTao.get(state, netuid),
    alphaInEmission: SubnetAlphaInEmission.get(state, netuid),
    alphaOutEmission: SubnetAlphaOutEmission.get(state, netuid),
    subnetTao: SubnetTAO.get(state, netuid),
    alphaIn: SubnetAlphaIn.get(state, netuid),
    alphaOut: SubnetAlphaOut.get(state, netuid),
    pendingOwnerCut: PendingOwnerCut.get(state, netuid),
    pendingServerEmission: PendingServerEmission.get(state, netuid),
    pendingValidatorEmission: PendingValidatorEmission.get(state, netuid),
    pendingRootAlphaDivs: PendingRootAlphaDivs.get(state, netuid),
    ownerStake: stakeOf(state, ownerHot, ownerCold, netuid),
    totalIssuance: TotalIssuance.get(state),
    ...(epochRan ? { epoch: payout } : {}),
  };
}

type Drained = { -readonly [K in keyof EpochPayout]: bigint };

/** Each payout's pending accumulator. */
const ACCUMULATORS: readonly (readonly [keyof Drained, StorageItem<[number], bigint>])[] = [
  ['ownerCut', PendingOwnerCut],
  ['server', PendingServerEmission],
  ['validator', PendingValidatorEmission],
  ['root', PendingRootAlphaDivs],
];
const none = (): Drained => ({ ownerCut: 0n, server: 0n, validator: 0n, root: 0n });

/**
 * Watches a subnet's pending accumulators while a block runs: `wrap` gives the runtime a state that
 * writes through to the block's layer and notes the value each accumulator held when it was reset to 0
 * (the epoch draining it; rolled back with the transaction that did it); `take` returns and clears
 * what was drained in the block.
 *
 * @example
 * const watch = watchDrains(1);
 * chain.forecast(360, now, 12_000n, (state, b) => readSubnetBlock(state, 1, b.number, watch.take()), watch.wrap);
 */
export function watchDrains(netuid: number): {
  wrap: (layer: StateOverlay) => StateOverlay;
  take: () => EpochPayout;
} {
  const byKey = new Map(ACCUMULATORS.map(([name, item]) => [item.key(netuid), [name, item] as const]));
  let drained = none();
  const saved: Drained[] = [];
  const wrap = (layer: StateOverlay): StateOverlay => ({
    get: (key) => layer.get(key),
    getKeysPaged: (prefix, count, startKey) => layer.getKeysPaged(prefix, count, startKey),
    set: (key, value) => {
      const watched = byKey.get(key);
      const before = watched === undefined ? 0n : watched[1].get(layer, netuid);
      layer.set(key, value);
      if (watched !== undefined && before > 0n && watched[1].get(layer, netuid) === 0n)
        drained[watched[0]] += before;
    },
    begin: () => {
      saved.push({ ...drained });
      layer.begin();
    },
    commit: () => {
      saved.pop();
      layer.commit();
    },
    rollback: () => {
      drained = saved.pop() ?? drained;
      layer.rollback();
    },
  });
  const take = (): EpochPayout => {
    const out = drained;
    drained = none();
    return out;
  };
  return { wrap, take };
}
