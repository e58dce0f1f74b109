import { SdkError } from '../errors/sdk-error.js';
import type { ChainEvent } from './submit-extrinsic.js';

/**
 * The data of the first `pallet.name` event of a submission; `SDK_RPC_FAILED` when the chain did not emit it
 * (a node whose behaviour differs from subtensor's).
 *
 * @example
 * const [netuid] = eventData(result.events, 'SubtensorModule', 'NetworkAdded');
 */
export function eventData(events: readonly ChainEvent[], pallet: string, name: string): readonly unknown[] {
  const event = events.find((e) => e.pallet === pallet && e.name === name);
  if (event === undefined) throw new SdkError('SDK_RPC_FAILED', `The chain did not emit ${pallet}.${name}.`);
  return event.data;
}
