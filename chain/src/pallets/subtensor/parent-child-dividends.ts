/**
 * How a validator's dividends reach its parents (subtensor `run_coinbase.rs`
 * `get_parent_child_dividends_distribution`): each parent gets the dividends in proportion to the stake it
 * contributes (alpha + root · `TaoWeight`, times its proportion), the child its own contribution; a parent
 * owned by another coldkey pays the child its childkey take (and `CKBurn` is recycled). U96F32 throughout,
 * each payout floored.
 */
import type { StateOverlay } from '../../frame/state.js';
import { childkeyTake } from './children.js';
import { FIX32, proportionBits } from './inherited-stake.js';
import {
  ChildKeys,
  CKBurn,
  Owner,
  ParentKeys,
  SubnetAlphaOut,
  TaoWeight,
  TotalHotkeyAlpha,
} from './storage.js';
import { sameAccount } from './types.js';

const U64_MAX = (1n << 64n) - 1n;
const mul = (a: bigint, b: bigint) => (a * b) / FIX32;
const sat = (a: bigint, b: bigint) => (a > b ? a - b : 0n);

/** A stake's weight in the epoch: alpha + root · `TaoWeight`, both times `share` (U96F32 bits). */
function contribution(
  state: StateOverlay,
  hotkey: Uint8Array,
  netuid: number,
  share: bigint,
  taoWeight: bigint,
): bigint {
  const alpha = TotalHotkeyAlpha.get(state, hotkey, netuid) * share;
  const root = mul(TotalHotkeyAlpha.get(state, hotkey, 0) * share, taoWeight);
  return alpha + root;
}

/**
 * Splits `dividend` alpha of `hotkey` over its parents and itself; returns `(hotkey, alpha)` pairs, the
 * hotkey last. Recycles the `CKBurn` share (0 by default) out of `SubnetAlphaOut`.
 *
 * @example
 * parentChildDividends(state, child, 1, 1_000_000n) // [[parent, 600_000n], [child, 400_000n]]
 */
export function parentChildDividends(
  state: StateOverlay,
  hotkey: Uint8Array,
  netuid: number,
  dividend: bigint,
): [Uint8Array, bigint][] {
  const validating = dividend * FIX32;
  let remaining = validating;
  const burnProportion = (CKBurn.get(state) * FIX32) / U64_MAX;
  const takeProportion = (BigInt(childkeyTake(state, hotkey, netuid)) * FIX32) / 65_535n;
  const childOwner = Owner.get(state, hotkey);
  const taoWeight = (TaoWeight.get(state) * FIX32) / U64_MAX;
  let kept = FIX32;
  for (const [p] of ChildKeys.get(state, hotkey, netuid)) kept = sat(kept, proportionBits(p));
  const self = contribution(state, hotkey, netuid, kept, taoWeight) / FIX32;
  let total = self * FIX32;
  const parents = ParentKeys.get(state, hotkey, netuid).map(([p, parent]): [Uint8Array, bigint] => {
    const c = contribution(state, parent, netuid, proportionBits(p), taoWeight);
    total += c;
    return [parent, c];
  });
  const out: [Uint8Array, bigint][] = [];
  let childTakes = 0n;
  let recycled = 0n;
  for (const [parent, c] of parents) {
    const factor = total === 0n ? 0n : (c * FIX32) / total;
    let emission = mul(validating, factor);
    remaining = sat(remaining, emission);
    if (!sameAccount(Owner.get(state, parent), childOwner)) {
      const burn = mul(burnProportion, emission);
      const take = mul(takeProportion, emission);
      emission = sat(sat(emission, burn), take);
      childTakes += take;
      recycled += burn / FIX32;
    }
    out.push([parent, emission / FIX32]);
  }
  if (recycled > 0n) SubnetAlphaOut.set(state, netuid, sat(SubnetAlphaOut.get(state, netuid), recycled));
  out.push([hotkey, (remaining + childTakes) / FIX32]);
  return out;
}
