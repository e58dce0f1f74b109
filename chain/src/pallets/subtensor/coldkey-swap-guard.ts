/**
 * `CheckColdkeySwap` (subtensor `guards/check_coldkey_swap.rs`), a dispatch extension: a signed call from a coldkey
 * with an announced swap fails with `ColdkeySwapAnnounced` unless it is one of the swap calls, and every call from
 * a coldkey whose swap is disputed fails with `ColdkeySwapDisputed`. Root and unsigned origins pass. (HEAD also
 * lets `MevShield.submit_encrypted` through; the devnet has no MevShield pallet.)
 */
import type { Origin } from '../../frame/define-pallet.js';
import { type EnumValue, isEnumValue } from '../../frame/scale/codec.js';
import type { StateReader } from '../../frame/state.js';
import { fail } from './errors.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from './key-swap-storage.js';

/** The calls a coldkey with an announced (undisputed) swap may still make. */
const ALLOWED = new Set([
  'announce_coldkey_swap',
  'swap_coldkey_announced',
  'dispute_coldkey_swap',
  'clear_coldkey_swap_announcement',
]);

/**
 * Fails the dispatch of `call` by `origin` as `CheckColdkeySwap::pre_dispatch` does.
 *
 * @example
 * checkColdkeySwap(ctx.state, origin, call);
 */
export function checkColdkeySwap(state: StateReader, origin: Origin, call: EnumValue): void {
  if (origin.type !== 'Signed') return;
  if (state.get(ColdkeySwapAnnouncements.key(origin.who)) === null) return;
  if (state.get(ColdkeySwapDisputes.key(origin.who)) !== null) fail('ColdkeySwapDisputed');
  if (call.type === 'SubtensorModule' && isEnumValue(call.value) && ALLOWED.has(call.value.type)) return;
  fail('ColdkeySwapAnnounced');
}
