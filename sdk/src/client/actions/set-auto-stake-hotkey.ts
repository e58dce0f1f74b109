import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link setAutoStakeHotkey}.
 *
 * @example
 * const parameters: SetAutoStakeHotkeyParameters = { signer: coldkey, netuid: 1, hotkey: validator.address };
 */
export type SetAutoStakeHotkeyParameters = SubmitOptions & {
  netuid: number;
  /** SS58 address of a hotkey registered on `netuid` that the signer's mining incentive is staked to. */
  hotkey: string;
};

/**
 * Sets where the signer's (a coldkey's) miners' incentive on `netuid` is staked
 * (`SubtensorModule.set_coldkey_auto_stake_hotkey`, btcli `stake set-auto`); the chain refuses the current
 * destination with `SameAutoStakeHotkeyAlreadySet`.
 *
 * @example
 * await setAutoStakeHotkey(client, { signer: coldkey, netuid: 1, hotkey: validator.address });
 */
export function setAutoStakeHotkey(
  client: SubtensorClient,
  parameters: SetAutoStakeHotkeyParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setColdkeyAutoStakeHotkey(netuid, hotkey),
  });
}
