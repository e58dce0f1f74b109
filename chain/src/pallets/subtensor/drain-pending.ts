/**
 * The epoch side of the coinbase (subtensor `run_coinbase.rs` `drain_pending`,
 * `distribute_emissions_to_subnets`): every non-root subnet counts `BlocksSinceLastStep`; a subnet whose
 * epoch is due (`scheduler.ts`) drains its four pending accumulators, unless `MaxEpochsPerBlock` epochs
 * already ran this block (then it is deferred a block with `EpochDeferred`), and advances its schedule.
 * The drained subnets then run their epoch and are paid (`epoch.ts` `runEpoch`).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { PendingEmission } from './distribute-emission.js';
import { runEpoch } from './epoch.js';
import { deposit } from './events.js';
import { shouldRunEpoch } from './scheduler.js';
import {
  BlocksSinceLastStep,
  LastEpochBlock,
  LastMechansimStepBlock,
  MaxEpochsPerBlock,
  PendingEpochAt,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetEpochIndex,
} from './storage.js';

/** Reads and zeroes an accumulator. */
function take(ctx: DispatchContext, item: typeof PendingOwnerCut, netuid: number): bigint {
  const amount = item.get(ctx.state, netuid);
  item.set(ctx.state, netuid, 0n);
  return amount;
}

/**
 * `drain_pending` over `subnets` (non-root) at the current block: the pending emission of each subnet
 * whose epoch runs now, in netuid order.
 *
 * @example
 * const due = drainPending(ctx, [1, 2]);
 */
export function drainPending(ctx: DispatchContext, subnets: readonly number[]): Map<number, PendingEmission> {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  const due = new Map<number, PendingEmission>();
  const max = MaxEpochsPerBlock.get(state);
  for (const netuid of subnets) {
    BlocksSinceLastStep.set(state, netuid, BlocksSinceLastStep.get(state, netuid) + 1n);
    if (!shouldRunEpoch(state, netuid, block)) continue;
    if (due.size >= max) {
      PendingEpochAt.set(state, netuid, block + 1n);
      deposit(ctx, 'EpochDeferred', { netuid, from_block: block, to_block: block + 1n });
      continue;
    }
    BlocksSinceLastStep.set(state, netuid, 0n);
    due.set(netuid, {
      server: take(ctx, PendingServerEmission, netuid),
      validator: take(ctx, PendingValidatorEmission, netuid),
      root: take(ctx, PendingRootAlphaDivs, netuid),
      ownerCut: take(ctx, PendingOwnerCut, netuid),
    });
    LastEpochBlock.set(state, netuid, block);
    PendingEpochAt.set(state, netuid, 0n);
    SubnetEpochIndex.set(state, netuid, SubnetEpochIndex.get(state, netuid) + 1n);
  }
  return due;
}

/**
 * `distribute_emissions_to_subnets`: runs and pays each drained subnet's epoch, then records
 * `LastMechansimStepBlock`.
 *
 * @example
 * distributeEmissions(ctx, drainPending(ctx, [1]));
 */
export function distributeEmissions(ctx: DispatchContext, due: ReadonlyMap<number, PendingEmission>): void {
  for (const [netuid, pending] of due) {
    runEpoch(ctx, netuid, pending);
    LastMechansimStepBlock.set(ctx.state, netuid, BigInt(ctx.blockNumber));
  }
}
