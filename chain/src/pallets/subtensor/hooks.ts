/** `SubtensorModule::on_initialize` (`block_step`): burn prices, CR-v4 reveals, the coinbase and the epochs. */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { emitToSubnets } from './emission.js';
import { drainPending } from './epoch.js';
import { updateRegistrationPrices } from './registration.js';
import { cleanUpHotkeySwapRecords } from './swap-hotkey.js';
import { revealTimelockedCommits } from './timelocked-weights.js';

/**
 * Runs at the start of every block: hotkey-swap cooldown clean-up, registration price decay, timelocked weight reveals, emission into subnets,
 * due epochs.
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
}
