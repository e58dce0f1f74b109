import { constant, definePallet, type PalletDecl } from '../../frame/define-pallet.js';
import type { TypeDef } from '../../frame/primitives.js';
import { RuntimeVersion, type RuntimeVersionValue, runtimeVersionValue } from '../../frame/runtime-api.js';
import { u16, u32 } from '../../frame/scale-types.js';
import { systemCalls } from './calls.js';
import { systemErrors } from './errors.js';
import { systemEvents } from './events.js';
import {
  Account,
  BlockHash,
  BlockNumber,
  EventCount,
  ExtrinsicCount,
  eventsItem,
  ParentHash,
} from './storage.js';

/** How many recent block hashes the chain keeps and mortal eras may refer to. */
export const BLOCK_HASH_COUNT = 4096;
/** subtensor's SS58 prefix. */
export const SS58_PREFIX = 42;

/**
 * `frame_system` (index 0): accounts, nonces, block number and hashes, per-block events.
 * `runtimeEvent` is the outer event enum, needed by `System.Events`; `version` is the runtime's
 * version, the `System.Version` constant (clients read its `apis` and `transaction_version`).
 *
 * @example
 * const system = createSystemPallet(lazy(() => runtimeEvent), runtime.version);
 */
export function createSystemPallet(runtimeEvent: TypeDef, version: RuntimeVersionValue): PalletDecl {
  return definePallet({
    name: 'System',
    index: 0,
    crate: 'frame_system',
    docs: [' The System pallet provides low-level access to core types and cross-cutting utilities.'],
    calls: systemCalls,
    storage: [
      Account,
      ExtrinsicCount,
      BlockHash,
      BlockNumber,
      ParentHash,
      eventsItem(runtimeEvent),
      EventCount,
    ],
    events: systemEvents,
    errors: systemErrors,
    constants: [
      constant(
        'BlockHashCount',
        u32,
        BLOCK_HASH_COUNT,
        ' Maximum number of block number to block hash mappings to keep (oldest pruned first).',
      ),
      constant('Version', RuntimeVersion, runtimeVersionValue(version), " Get the chain's in-code version."),
      constant('SS58Prefix', u16, SS58_PREFIX, ' The designated SS58 prefix of this chain.'),
    ],
  });
}

export * from './accounts.js';
export { systemEvents } from './events.js';
export * from './storage.js';
