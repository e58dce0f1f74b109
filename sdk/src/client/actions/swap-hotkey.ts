import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link swapHotkey}.
 *
 * @example
 * const parameters: SwapHotkeyParameters = { signer: coldkey, hotkey: old.address, newHotkey: next.address };
 */
export type SwapHotkeyParameters = SubmitOptions & {
  /** SS58 address of the hotkey to replace (owned by the signing coldkey). */
  hotkey: string;
  /** SS58 address of the new hotkey: unregistered, and unowned or owned by the signer. */
  newHotkey: string;
  /** Swap on this subnet only (`KeySwapOnSubnetCost`, once a day per subnet); every subnet when omitted (`KeySwapCost`). */
  netuid?: number;
  /** Leave the stake on the old hotkey and move the rest (default false). */
  keepStake?: boolean;
};

/**
 * Moves a hotkey's registrations, axon, takes, children and (unless `keepStake`) stake to a new hotkey
 * (`SubtensorModule.swap_hotkey_v2`); the coldkey pays 0.1 TAO on every subnet or 0.001 TAO on one, recycled.
 *
 * @example
 * await swapHotkey(client, { signer: coldkey, hotkey: old.address, newHotkey: next.address, netuid: 1 });
 */
export async function swapHotkey(
  client: SubtensorClient,
  parameters: SwapHotkeyParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const newHotkey = addressArgument('newHotkey', parameters.newHotkey);
  const netuid = parameters.netuid === undefined ? null : u16Argument('netuid', parameters.netuid);
  const keepStake = parameters.keepStake ?? false;
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.swapHotkeyV2(hotkey, newHotkey, netuid, keepStake),
  });
}
