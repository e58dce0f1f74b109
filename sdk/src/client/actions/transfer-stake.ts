import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link transferStake}.
 *
 * @example
 * const parameters: TransferStakeParameters = { signer: coldkey, destination: friend, hotkey, fromNetuid: 1, toNetuid: 1, amount: 10n ** 9n };
 */
export type TransferStakeParameters = SubmitOptions & {
  /** SS58 address of the coldkey that receives the stake. */
  destination: string;
  /** SS58 address of the hotkey the stake stays on. */
  hotkey: string;
  fromNetuid: number;
  toNetuid: number;
  /** Alpha of `fromNetuid` to transfer, in rao units. */
  amount: bigint | number;
};

/**
 * Result of {@link transferStake}: the TAO the transfer was worth.
 *
 * @example
 * const { tao }: TransferStakeReturnType = await transferStake(client, parameters);
 */
export type TransferStakeReturnType = SubmitExtrinsicReturnType & { readonly tao: bigint };

/**
 * Gives the signer's stake on `hotkey` to another coldkey, optionally into another subnet
 * (`SubtensorModule.transfer_stake`; refused with `TransferDisallowed` where the subnet turned transfers off).
 *
 * @example
 * await transferStake(client, { signer: coldkey, destination: friend.address, hotkey, fromNetuid: 1, toNetuid: 1, amount: 10n ** 9n });
 */
export async function transferStake(
  client: SubtensorClient,
  parameters: TransferStakeParameters,
): Promise<TransferStakeReturnType> {
  const destination = addressArgument('destination', parameters.destination);
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const fromNetuid = u16Argument('fromNetuid', parameters.fromNetuid);
  const toNetuid = u16Argument('toNetuid', parameters.toNetuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.transferStake(destination, hotkey, fromNetuid, toNetuid, amount),
  });
  const [, , , , , tao] = eventData(result.events, 'SubtensorModule', 'StakeTransferred');
  return { ...result, tao: BigInt(tao as string | number) };
}
