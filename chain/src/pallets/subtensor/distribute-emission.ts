/**
 * Paying a subnet's drained emission after its epoch (subtensor `run_coinbase.rs` `distribute_emission`,
 * `calculate_dividend_distribution`, `distribute_dividends_and_incentives`): the owner cut staked to
 * `(SubnetOwnerHotkey, SubnetOwner)`; miners' incentive staked to their coldkeys, except on the owner's
 * hotkeys where it is burned or recycled (`RecycleOrBurn`) and counted in `MinerBurned`; each validator's
 * dividends split over its parents (`parent-child-dividends.ts`), then by the receiver's stake into an
 * alpha part (a share of `PendingValidatorEmission`) and a root part (a share of `PendingRootAlphaDivs`,
 * made claimable by root stakers). Each receiver's delegate take is staked to its own coldkey. U96F32 throughout.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import type { EpochOutput } from '../../yuma/index.js';
import { deposit } from './events.js';
import { divFx, fromInt, mulFx, proportion32, satSub, toU64 } from './fixed.js';
import { mapKeySuffixes } from './map-keys.js';
import { parentChildDividends } from './parent-child-dividends.js';
import { increasePool, increaseStake } from './pools.js';
import { increaseRootClaimable } from './root-claim.js';
import { taoWeightBits } from './root-proportion.js';
import {
  AlphaDividendsPerSubnet,
  Delegates,
  MinerBurned,
  OwnedHotkeys,
  Owner,
  RecycleOrBurn,
  RootAlphaDividendsPerSubnet,
  SubnetAlphaOut,
  SubnetOwner,
  SubnetOwnerHotkey,
  TotalHotkeyAlpha,
  TotalHotkeyAlphaLastEpoch,
  Uids,
} from './storage.js';

/** A subnet's drained pending emission (alpha, rao). */
export interface PendingEmission {
  readonly server: bigint;
  readonly validator: bigint;
  readonly root: bigint;
  readonly ownerCut: bigint;
}

type ByHotkey = Map<string, [Uint8Array, bigint]>;

const hex = (account: Uint8Array): string => Buffer.from(account).toString('hex');
const sorted = (m: ByHotkey): [Uint8Array, bigint][] =>
  [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);

function accumulate(m: ByHotkey, hotkey: Uint8Array, amount: bigint): void {
  const key = hex(hotkey);
  m.set(key, [hotkey, (m.get(key)?.[1] ?? 0n) + amount]);
}

/** `recycle_subnet_alpha`: alpha taken out of `SubnetAlphaOut` (issuance falls). @example recycleSubnetAlpha(state, 1, 5n); */
export function recycleSubnetAlpha(state: StateOverlay, netuid: number, amount: bigint): void {
  if (amount > 0n) SubnetAlphaOut.set(state, netuid, satSub(SubnetAlphaOut.get(state, netuid), amount));
}

/** `get_owner_hotkeys`: the owner coldkey's hotkeys registered on the subnet, and `SubnetOwnerHotkey` if registered. */
function ownerHotkeys(state: StateReader, netuid: number): Set<string> {
  const owned = OwnedHotkeys.get(state, SubnetOwner.get(state, netuid)).filter(
    (hk) => Uids.get(state, netuid, hk) !== undefined,
  );
  const ownerHot = SubnetOwnerHotkey.get(state, netuid);
  if (state.get(SubnetOwnerHotkey.key(netuid)) !== null && Uids.get(state, netuid, ownerHot) !== undefined)
    owned.push(ownerHot);
  return new Set(owned.map(hex));
}

/** A dividend receiver for {@link dividendDistribution}: its dividend (U96F32 bits) and its stakes (rao). */
export interface DividendReceiver {
  readonly hotkey: Uint8Array;
  readonly dividend: bigint;
  readonly alphaStake: bigint;
  readonly rootStake: bigint;
}

/**
 * `calculate_dividend_distribution`: splits each receiver's dividend by its stake into an alpha part (alpha
 * stake) and a root part (root stake · `taoWeight`, U96F32 bits), then hands out `pendingAlpha` and
 * `pendingRoot` in proportion to those parts. Returns both as U96F32 bits, in the receivers' order.
 *
 * @example
 * dividendDistribution([{ hotkey, dividend: 1n << 32n, alphaStake: 10n, rootStake: 0n }], 1_000n, 0n, 0n)
 */
export function dividendDistribution(
  receivers: readonly DividendReceiver[],
  pendingAlpha: bigint,
  pendingRoot: bigint,
  taoWeight: bigint,
): { alpha: [Uint8Array, bigint][]; root: [Uint8Array, bigint][] } {
  const parts = receivers.map(({ hotkey, dividend, alphaStake, rootStake }) => {
    const alpha = fromInt(alphaStake, 32n);
    const rootAlpha = mulFx(fromInt(rootStake, 32n), taoWeight, 32n);
    const rootDivs = mulFx(dividend, divFx(rootAlpha, alpha + rootAlpha, 32n), 32n);
    return { hotkey, rootDivs, alphaDivs: satSub(dividend, rootDivs) };
  });
  const totalRoot = parts.reduce((sum, p) => sum + p.rootDivs, 0n);
  const totalAlpha = parts.reduce((sum, p) => sum + p.alphaDivs, 0n);
  const share = (pending: bigint, part: bigint, total: bigint) =>
    mulFx(fromInt(pending, 32n), divFx(part, total, 32n), 32n);
  return {
    alpha: parts.map((p) => [p.hotkey, share(pendingAlpha, p.alphaDivs, totalAlpha)]),
    root: parts.map((p) => [p.hotkey, share(pendingRoot, p.rootDivs, totalRoot)]),
  };
}

/** Pays the owner cut (when both `SubnetOwner` and `SubnetOwnerHotkey` are set). */
function payOwnerCut(state: StateOverlay, netuid: number, ownerCut: bigint): void {
  if (state.get(SubnetOwner.key(netuid)) === null || state.get(SubnetOwnerHotkey.key(netuid)) === null)
    return;
  increaseStake(
    state,
    SubnetOwnerHotkey.get(state, netuid),
    SubnetOwner.get(state, netuid),
    netuid,
    ownerCut,
  );
}

/** Stakes miners' incentive; the owner's hotkeys' share is burned or recycled and recorded in `MinerBurned`. */
function payIncentives(state: StateOverlay, netuid: number, incentives: [Uint8Array, bigint][]): void {
  const owners = ownerHotkeys(state, netuid);
  let total = 0n;
  let withheld = 0n;
  for (const [hotkey, incentive] of incentives) {
    total += incentive;
    if (owners.has(hex(hotkey))) {
      withheld += incentive;
      if (RecycleOrBurn.get(state, netuid).type === 'Recycle') recycleSubnetAlpha(state, netuid, incentive);
      continue;
    }
    increaseStake(state, hotkey, Owner.get(state, hotkey), netuid, incentive);
  }
  MinerBurned.set(state, netuid, { bits: divFx(fromInt(withheld, 32n), fromInt(total, 32n), 32n) });
}

/** Takes the delegate take out of `amount` (U96F32 bits) and stakes it to the hotkey's coldkey; returns the rest. */
function payTake(state: StateOverlay, netuid: number, hotkey: Uint8Array, amount: bigint): bigint {
  const take = mulFx(proportion32(BigInt(Delegates.get(state, hotkey)), 65_535n), amount, 32n);
  increaseStake(state, hotkey, Owner.get(state, hotkey), netuid, toU64(take, 32n));
  return satSub(amount, take);
}

function clearPerSubnet(state: StateOverlay, item: typeof AlphaDividendsPerSubnet, netuid: number): void {
  for (const suffix of mapKeySuffixes(state, item, netuid))
    item.set(state, netuid, suffix.slice(16, 48), undefined);
}

/**
 * `distribute_emission` after the epoch's `out` (uid-indexed over `hotkeys`) for the drained `pending`.
 *
 * @example
 * distributeEmission(ctx, 1, hotkeys, out, { server, validator, root, ownerCut });
 */
export function distributeEmission(
  ctx: DispatchContext,
  netuid: number,
  hotkeys: readonly Uint8Array[],
  out: EpochOutput,
  pending: PendingEmission,
): void {
  const { state } = ctx;
  const incentiveSum = out.serverEmission.reduce((sum, x) => sum + x, 0n);
  const validatorAlpha = incentiveSum > 0n ? pending.validator : pending.validator + pending.server;
  const incentives: ByHotkey = new Map();
  const dividends: ByHotkey = new Map();
  hotkeys.forEach((hotkey, uid) => {
    accumulate(incentives, hotkey, out.serverEmission[uid] ?? 0n);
    for (const [receiver, amount] of parentChildDividends(
      state,
      hotkey,
      netuid,
      out.validatorEmission[uid] ?? 0n,
    ))
      accumulate(dividends, receiver, fromInt(amount, 32n));
  });
  const receivers = sorted(dividends).map(([hotkey, dividend]) => ({
    hotkey,
    dividend,
    alphaStake: TotalHotkeyAlpha.get(state, hotkey, netuid),
    rootStake: TotalHotkeyAlpha.get(state, hotkey, 0),
  }));
  const split = dividendDistribution(receivers, validatorAlpha, pending.root, taoWeightBits(state));

  payOwnerCut(state, netuid, pending.ownerCut);
  payIncentives(state, netuid, sorted(incentives));
  clearPerSubnet(state, AlphaDividendsPerSubnet, netuid);
  for (const [hotkey, divs] of split.alpha) {
    const rest = toU64(payTake(state, netuid, hotkey, divs), 32n);
    increasePool(state, hotkey, netuid, rest);
    AlphaDividendsPerSubnet.set(
      state,
      netuid,
      hotkey,
      AlphaDividendsPerSubnet.get(state, netuid, hotkey) + rest,
    );
    TotalHotkeyAlphaLastEpoch.set(state, hotkey, netuid, TotalHotkeyAlpha.get(state, hotkey, netuid));
  }
  clearPerSubnet(state, RootAlphaDividendsPerSubnet, netuid);
  for (const [hotkey, divs] of split.root) {
    const rest = toU64(payTake(state, netuid, hotkey, divs), 32n);
    increaseRootClaimable(state, hotkey, netuid, rest);
    RootAlphaDividendsPerSubnet.set(
      state,
      netuid,
      hotkey,
      RootAlphaDividendsPerSubnet.get(state, netuid, hotkey) + rest,
    );
  }
  deposit(ctx, 'IncentiveAlphaEmittedToMiners', { netuid, emissions: out.serverEmission });
}
