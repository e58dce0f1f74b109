import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link addStake}.
 *
 * @example
 * const parameters: AddStakeParameters = { signer: coldkey, hotkey: validator.address, netuid: 1, amount: 100n * 10n ** 9n };
 */
export type AddStakeParameters = SubmitOptions & {
  /** SS58 address of the hotkey to stake to. */
  hotkey: string;
  netuid: number;
  /** TAO to stake, in rao; swapped for alpha through the subnet pool (1:1 on netuid 0). */
  amount: bigint | number;
};

/**
 * Result of {@link addStake}: the alpha the TAO bought.
 *
 * @example
 * const { alpha }: AddStakeReturnType = await addStake(client, { signer: coldkey, hotkey, netuid: 1, amount });
 */
export type AddStakeReturnType = SubmitExtrinsicReturnType & {
  /** Alpha credited to the `(hotkey, coldkey, netuid)` stake, in rao units. */
  readonly alpha: bigint;
};

/**
 * Stakes TAO from the signer (a coldkey) on `hotkey` in `netuid` (`SubtensorModule.add_stake`).
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Bob' });
 * const { alpha } = await addStake(client, { signer: coldkey, hotkey: createKeypair({ uri: '//Bob_hk' }).address, netuid: 1, amount: 10n ** 9n });
 */
export async function addStake(
  client: SubtensorClient,
  parameters: AddStakeParameters,
): Promise<AddStakeReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.addStake(hotkey, netuid, amount),
  });
  const [, , , alpha] = eventData(result.events, 'SubtensorModule', 'StakeAdded');
  return { ...result, alpha: BigInt(alpha as string | number) };
}
