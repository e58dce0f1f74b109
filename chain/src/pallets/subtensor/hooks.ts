/**
 * `SubtensorModule::on_initialize` (`block_step`): hotkey-swap records, burn prices, the block's TAO, CR-v4 reveals,
 * the coinbase with its epochs, then the moving prices, root proportions, pending children and automatic root claims.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { ParentHash } from '../system/storage.js';
import { runAutoClaimRootDivs } from './auto-claim-root.js';
import { mintBlockEmission } from './block-emission.js';
import { setPendingChildren } from './children.js';
import { updateMovingPrice } from './moving-price.js';
import { updateRegistrationPrices } from './registration.js';
import { updateRootProp } from './root-proportion.js';
import { runCoinbase } from './run-coinbase.js';
import { LastEpochBlock } from './storage.js';
import { subnetsToEmitTo } from './subnet-emission-shares.js';
import { allNetuids } from './subnets.js';
import { cleanUpHotkeySwapRecords } from './swap-hotkey.js';
import { revealTimelockedCommits } from './timelocked-weights.js';

/**
 * Runs at the start of every block: the hotkey-swap cooldown clean-up, then `block_step`'s order: registration
 * price decay, minting the block emission, timelocked weight reveals, the coinbase (emission into subnets, due
 * epochs and payouts), the moving prices and `RootProp` of the emitting subnets (after they were used), pending
 * children of the subnets whose epoch ran, and the automatic root claims of the coldkeys the parent hash draws.
 *
 * @example
 * subtensorOnInitialize(ctx);
 */
export function subtensorOnInitialize(ctx: DispatchContext): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  cleanUpHotkeySwapRecords(state, block);
  updateRegistrationPrices(state, block);
  const credit = mintBlockEmission(state);
  revealTimelockedCommits(ctx);
  runCoinbase(ctx, credit);
  const netuids = allNetuids(state);
  const emitting = subnetsToEmitTo(state, netuids);
  for (const netuid of emitting) updateMovingPrice(state, netuid, block);
  updateRootProp(state, emitting);
  for (const netuid of netuids)
    if (LastEpochBlock.get(state, netuid) === block) setPendingChildren(ctx, netuid);
  runAutoClaimRootDivs(ctx, ParentHash.get(state));
}
