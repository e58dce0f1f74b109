import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link removeStake}.
 *
 * @example
 * const parameters: RemoveStakeParameters = { signer: coldkey, hotkey: validator.address, netuid: 1, amount: 10n ** 9n };
 */
export type RemoveStakeParameters = SubmitOptions & {
  /** SS58 address of the hotkey staked to. */
  hotkey: string;
  netuid: number;
  /** Alpha to unstake, in rao units (see `getStake`); swapped back to TAO through the pool. */
  amount: bigint | number;
};

/**
 * Result of {@link removeStake}: the TAO the alpha sold for.
 *
 * @example
 * const { tao }: RemoveStakeReturnType = await removeStake(client, { signer: coldkey, hotkey, netuid: 1, amount });
 */
export type RemoveStakeReturnType = SubmitExtrinsicReturnType & {
  /** TAO credited to the signer, in rao. */
  readonly tao: bigint;
};

/**
 * Unstakes alpha of the signer (a coldkey) from `hotkey` in `netuid` (`SubtensorModule.remove_stake`).
 *
 * @example
 * const mine = await getStake(client, { hotkey, netuid: 1, coldkey: coldkey.address });
 * const { tao } = await removeStake(client, { signer: coldkey, hotkey, netuid: 1, amount: mine });
 */
export async function removeStake(
  client: SubtensorClient,
  parameters: RemoveStakeParameters,
): Promise<RemoveStakeReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.removeStake(hotkey, netuid, amount),
  });
  const [, , tao] = eventData(result.events, 'SubtensorModule', 'StakeRemoved');
  return { ...result, tao: BigInt(tao as string | number) };
}
