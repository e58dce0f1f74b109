/** `SubtensorModule::on_initialize` (`block_step`): burn prices, CR-v4 reveals, the coinbase, the epochs and the automatic root claims. */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { ParentHash } from '../system/storage.js';
import { runAutoClaimRootDivs } from './auto-claim-root.js';
import { emitToSubnets } from './emission.js';
import { drainPending } from './epoch.js';
import { updateRegistrationPrices } from './registration.js';
import { cleanUpHotkeySwapRecords } from './swap-hotkey.js';
import { revealTimelockedCommits } from './timelocked-weights.js';

/**
 * Runs at the start of every block: hotkey-swap cooldown clean-up, registration price decay, timelocked weight
 * reveals, emission into subnets, due epochs, then the automatic root claims of the coldkeys the parent hash draws.
 *
 * @example
 * subtensorOnInitialize(ctx);
 */
export function subtensorOnInitialize(ctx: DispatchContext): void {
  const block = BigInt(ctx.blockNumber);
  cleanUpHotkeySwapRecords(ctx.state, block);
  updateRegistrationPrices(ctx.state, block);
  revealTimelockedCommits(ctx);
  emitToSubnets(ctx.state, block);
  drainPending(ctx);
  runAutoClaimRootDivs(ctx, ParentHash.get(ctx.state));
}
