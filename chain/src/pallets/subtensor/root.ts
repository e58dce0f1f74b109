/**
 * `root_register(hotkey)` as subtensor's `do_root_register` (`coinbase/root.rs`): joins netuid 0 (root) while it has
 * room; when root is full the new hotkey takes the uid of the member with the least root stake, if it has more.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateReader } from '../../frame/state.js';
import { createAccountIfNonExistent } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import { appendNeuron, replaceNeuron } from './neurons.js';
import {
  Delegates,
  Keys,
  MaxAllowedUids,
  MaxRegistrationsPerBlock,
  NetworksAdded,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
  SubnetworkN,
  TargetRegistrationsPerInterval,
  TotalHotkeyAlpha,
  Uids,
} from './storage.js';

const ROOT = 0;
/** The take root members become delegates with when they are not yet one (18%, `delegate_hotkey(…, 11_796)`). */
const ROOT_DELEGATE_TAKE = 11_796;
const U64_MAX = (1n << 64n) - 1n;

/**
 * The root member with the least root stake (`TotalHotkeyAlpha[(hotkey, 0)]`), the first in `Keys` order on a tie,
 * and that stake: whom a new member replaces when root is full.
 *
 * @example
 * lowestRootStake(state) // { uid: 3, stake: 0n }
 */
export function lowestRootStake(state: StateReader): { uid: number; stake: bigint } {
  let lowest = { uid: 0, stake: U64_MAX };
  for (const suffix of mapKeySuffixes(state, Keys, ROOT)) {
    const uid = u16At(suffix, 0);
    const stake = TotalHotkeyAlpha.get(state, Keys.get(state, ROOT, uid), ROOT);
    if (stake < lowest.stake) lowest = { uid, stake };
  }
  return lowest;
}

/**
 * Registers a hotkey on root, with subtensor's checks in its order: root exists, the per-block and per-interval
 * (3 × target) registration caps, not already a member, the hotkey owned by (or new to) the caller. Full root: the
 * member with the least root stake is replaced (its uid reused) when the new hotkey's root stake is higher, else
 * `StakeTooLowForRoot`. The hotkey becomes a delegate (18% take) if it is not one; emits `NeuronRegistered`.
 *
 * @example
 * registerRoot(ctx, coldkey, hotkey); // the uid
 */
export function registerRoot(ctx: DispatchContext, coldkey: Uint8Array, hotkey: Uint8Array): number {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(NetworksAdded.get(state, ROOT), 'RootNetworkDoesNotExist');
  ensure(
    RegistrationsThisBlock.get(state, ROOT) < MaxRegistrationsPerBlock.get(state, ROOT),
    'TooManyRegistrationsThisBlock',
  );
  ensure(
    RegistrationsThisInterval.get(state, ROOT) < TargetRegistrationsPerInterval.get(state, ROOT) * 3,
    'TooManyRegistrationsThisInterval',
  );
  ensure(Uids.get(state, ROOT, hotkey) === undefined, 'HotKeyAlreadyRegisteredInSubNet');
  createAccountIfNonExistent(ctx, coldkey, hotkey);
  let uid: number;
  if (SubnetworkN.get(state, ROOT) < MaxAllowedUids.get(state, ROOT)) {
    uid = appendNeuron(state, ROOT, hotkey, block);
  } else {
    const lowest = lowestRootStake(state);
    ensure(lowest.stake < TotalHotkeyAlpha.get(state, hotkey, ROOT), 'StakeTooLowForRoot');
    replaceNeuron(state, ROOT, lowest.uid, hotkey, block);
    uid = lowest.uid;
  }
  if (state.get(Delegates.key(hotkey)) === null) Delegates.set(state, hotkey, ROOT_DELEGATE_TAKE);
  RegistrationsThisInterval.set(state, ROOT, RegistrationsThisInterval.get(state, ROOT) + 1);
  RegistrationsThisBlock.set(state, ROOT, RegistrationsThisBlock.get(state, ROOT) + 1);
  deposit(ctx, 'NeuronRegistered', [ROOT, uid, hotkey]);
  return uid;
}
