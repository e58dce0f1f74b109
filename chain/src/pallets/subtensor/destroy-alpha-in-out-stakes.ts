/**
 * The money side of dissolving a subnet, as subtensor's `destroy_alpha_in_out_stakes` (`staking/remove_stake.rs`):
 * the pool's TAO (`SubnetTAO`) is paid out pro rata to the alpha value of every stake on the subnet plus the
 * protocol's alpha (the pool's `SubnetAlphaIn`), largest remainder first for the rao left by rounding down. Stakers'
 * shares go to their coldkeys' free balance; the protocol's share, and any share that cannot be credited (below the
 * existential deposit of a new account), is recycled out of `TotalIssuance`.
 *
 * The owner's lock: subtensor refunds `lock − owner's emission at the current price` only to subnets registered
 * before `NetworkRegistrationStartBlock`, which is 0 unless a migration set it, so never on the devnet; a subnet's
 * lock seeded its pool and is paid out with it. subtensor recycles from a subnet account that keeps its existential
 * deposit; the devnet has no subnet accounts (the pool is the account), so the whole remainder is recycled.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { EXISTENTIAL_DEPOSIT, freeBalance } from '../balances/currency.js';
import { depositTao } from './accounts.js';
import { accountAt, mapKeySuffixes, u16At } from './map-keys.js';
import { sharesValue } from './pools.js';
import { fromU64F64, type SafeFloat, toU64 } from './safe-float.js';
import {
  Alpha,
  AlphaV2,
  NetworkRegisteredAt,
  SubnetAlphaIn,
  SubnetTAO,
  TotalHotkeyAlpha,
  TotalIssuance,
  TotalStake,
} from './storage.js';

/**
 * `TaoInRefundDeploymentBlock` (subtensor's default, which the devnet keeps): subnets registered after it count the
 * pool's `SubnetAlphaIn` as the protocol's alpha.
 */
const TAO_IN_REFUND_DEPLOYMENT_BLOCK = 0n;

/** One stake on the subnet: the coldkey to pay and its alpha value. */
export interface SubnetStake {
  hotkey: Uint8Array;
  coldkey: Uint8Array;
  alpha: bigint;
}

/** Where the pool's TAO went. */
export interface StakeSettlement {
  /** The pool's TAO before (`SubnetTAO`). */
  pot: bigint;
  /** TAO credited to each stake's coldkey, in `stakes` order. */
  paid: { coldkey: Uint8Array; tao: bigint }[];
  /** TAO recycled (taken out of `TotalIssuance`): the protocol's share and what could not be credited. */
  recycled: bigint;
}

/**
 * Splits `pot` pro rata to `weights` (`pot · w / Σw`, rounded down), then gives one more rao to the largest
 * remainders (ties in input order) until the pot is spent, as subtensor's largest-remainder step.
 *
 * @example
 * largestRemainder(1n, [3n, 2n]) // [1n, 0n]
 */
export function largestRemainder(pot: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (pot === 0n || total === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (pot * w) / total);
  let leftover = pot - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = weights
    .map((w, i) => ({ i, rem: (pot * w) % total }))
    .sort((a, b) => (a.rem === b.rem ? 0 : a.rem > b.rem ? -1 : 1));
  for (const { i } of byRemainder) {
    if (leftover === 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    leftover--;
  }
  return shares;
}

/** Byte order of two accounts (subtensor's `BTreeMap<AccountId, _>` order). */
function compareAccounts(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * Every stake on the subnet in subtensor's order: hotkeys in `TotalHotkeyAlpha` key order, then each hotkey's
 * coldkeys by account bytes; the value is the pool value of the shares (the raw shares where the pool has none).
 *
 * @example
 * subnetStakes(state, 3) // [{ hotkey, coldkey, alpha: 1_000n }, …]
 */
export function subnetStakes(state: DispatchContext['state'], netuid: number): SubnetStake[] {
  const out: SubnetStake[] = [];
  for (const suffix of mapKeySuffixes(state, TotalHotkeyAlpha)) {
    if (u16At(suffix, 48) !== netuid) continue;
    const hotkey = accountAt(suffix, 16);
    const shares = new Map<string, { coldkey: Uint8Array; share: SafeFloat }>();
    for (const s of mapKeySuffixes(state, Alpha, hotkey))
      if (u16At(s, 48) === netuid) {
        const coldkey = accountAt(s, 16);
        const share = fromU64F64(Alpha.get(state, hotkey, coldkey, netuid).bits);
        shares.set(Buffer.from(coldkey).toString('hex'), { coldkey, share });
      }
    for (const s of mapKeySuffixes(state, AlphaV2, hotkey))
      if (u16At(s, 48) === netuid) {
        const coldkey = accountAt(s, 16);
        shares.set(Buffer.from(coldkey).toString('hex'), {
          coldkey,
          share: AlphaV2.get(state, hotkey, coldkey, netuid),
        });
      }
    const ordered = [...shares.values()].sort((a, b) => compareAccounts(a.coldkey, b.coldkey));
    for (const { coldkey, share } of ordered) {
      const value = sharesValue(state, hotkey, netuid, share);
      const alpha = value === 0n ? toU64(share) : value;
      if (alpha > 0n) out.push({ hotkey, coldkey, alpha });
    }
  }
  return out;
}

/**
 * Pays the subnet's pool out to its stakers and the protocol and recycles what is not credited; takes the pot out
 * of `SubnetTAO` and `TotalStake`. The alpha entries themselves are deleted with the rest of the subnet's storage.
 *
 * @example
 * destroyAlphaInOutStakes(ctx, 3) // { pot, paid, recycled }
 */
export function destroyAlphaInOutStakes(ctx: DispatchContext, netuid: number): StakeSettlement {
  const { state } = ctx;
  const stakes = subnetStakes(state, netuid);
  const protocolAlpha =
    NetworkRegisteredAt.get(state, netuid) > TAO_IN_REFUND_DEPLOYMENT_BLOCK
      ? SubnetAlphaIn.get(state, netuid)
      : 0n;
  const pot = SubnetTAO.get(state, netuid);
  if (pot > 0n) {
    SubnetTAO.set(state, netuid, undefined);
    const staked = TotalStake.get(state);
    TotalStake.set(state, staked > pot ? staked - pot : 0n);
  }
  const weights = stakes.map((s) => s.alpha);
  if (protocolAlpha > 0n) weights.push(protocolAlpha);
  const shares = largestRemainder(pot, weights);
  let credited = 0n;
  const paid = stakes.map(({ coldkey }, i) => {
    const tao = shares[i] ?? 0n;
    if (tao === 0n || freeBalance(ctx, coldkey) + tao < EXISTENTIAL_DEPOSIT) return { coldkey, tao: 0n };
    depositTao(ctx, coldkey, tao);
    credited += tao;
    return { coldkey, tao };
  });
  const recycled = pot - credited;
  const issuance = TotalIssuance.get(state);
  TotalIssuance.set(state, issuance > recycled ? issuance - recycled : 0n);
  return { pot, paid, recycled };
}
