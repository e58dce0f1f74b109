import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link associateHotkey}.
 *
 * @example
 * const parameters: AssociateHotkeyParameters = { signer: coldkey, hotkey: hotkey.address };
 */
export type AssociateHotkeyParameters = SubmitOptions & {
  /** SS58 address of the hotkey to claim for the signer. */
  hotkey: string;
};

/**
 * Makes the signer (a coldkey) the owner of a hotkey no coldkey owns yet (`SubtensorModule.try_associate_hotkey`,
 * btcli `wallet associate-hotkey`); a hotkey that already has an owner keeps it, and the call still succeeds.
 *
 * @example
 * await associateHotkey(client, { signer: coldkey, hotkey: hotkey.address });
 */
export function associateHotkey(
  client: SubtensorClient,
  parameters: AssociateHotkeyParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.tryAssociateHotkey(hotkey),
  });
}
