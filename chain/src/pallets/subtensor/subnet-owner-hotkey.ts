/**
 * `do_set_sn_owner_hotkey` (subtensor `subnets/subnet.rs`, behind AdminUtils' `sudo_set_sn_owner_hotkey` and
 * `sudo_set_subnet_owner_hotkey`): root or the subnet owner moves `SubnetOwnerHotkey` — the hotkey that receives
 * the owner cut and whose miner incentive is withheld — at most once per `DefaultSetSNOwnerHotkeyRateLimit`
 * (50 400 blocks) per subnet, for root as well.
 */
import { type DispatchContext, ensureSigned, type Origin } from '../../frame/define-pallet.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { LastRateLimitedBlock, SubnetOwnerHotkey } from './storage.js';
import { isSubnetAccountId } from './subnet-account.js';
import { ensureSubnetOwnerColdkey, subnetExists } from './subnets.js';

/** `DefaultSetSNOwnerHotkeyRateLimit`: blocks between two owner-hotkey changes of a subnet. */
const SET_SN_OWNER_HOTKEY_RATE_LIMIT = 50_400n;

/**
 * Sets `netuid`'s owner hotkey; emits `SubnetOwnerHotkeySet(netuid, hotkey)`.
 *
 * @example
 * setSnOwnerHotkey(ctx, { type: 'Root' }, 1, hotkey);
 */
export function setSnOwnerHotkey(
  ctx: DispatchContext,
  origin: Origin,
  netuid: number,
  hotkey: Uint8Array,
): void {
  const { state } = ctx;
  if (origin.type !== 'Root') ensureSubnetOwnerColdkey(state, ensureSigned(origin), netuid);
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  const key = { type: 'SetSNOwnerHotkey', value: netuid };
  const last = LastRateLimitedBlock.get(state, key);
  const block = BigInt(ctx.blockNumber);
  ensure(last === 0n || block - last >= SET_SN_OWNER_HOTKEY_RATE_LIMIT, 'TxRateLimitExceeded');
  LastRateLimitedBlock.set(state, key, block);
  ensure(!isSubnetAccountId(hotkey), 'CannotUseSystemAccount');
  SubnetOwnerHotkey.set(state, netuid, hotkey);
  deposit(ctx, 'SubnetOwnerHotkeySet', [netuid, hotkey]);
}
