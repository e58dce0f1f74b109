import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument, u64Argument } from '../validate-arguments.js';
import type { AddStakeParameters, AddStakeReturnType } from './add-stake.js';

/**
 * Parameters of {@link addStakeBurn}.
 *
 * @example
 * const parameters: AddStakeBurnParameters = { signer: owner, hotkey: ownerHot.address, netuid: 1, amount: 10n ** 9n, limitPrice: 2n * 10n ** 9n };
 */
export type AddStakeBurnParameters = AddStakeParameters & {
  /** The highest price to buy at, in rao per alpha; the whole amount or nothing (`SlippageTooHigh`). */
  limitPrice?: bigint | number;
};

/**
 * A subnet buyback (`SubtensorModule.add_stake_burn`): stakes `amount` TAO on `hotkey` and burns all the alpha
 * it bought, in one transaction; returns that alpha.
 *
 * @example
 * const { alpha } = await addStakeBurn(client, { signer: owner, hotkey: ownerHot.address, netuid: 1, amount: 10n ** 9n });
 */
export async function addStakeBurn(
  client: SubtensorClient,
  parameters: AddStakeBurnParameters,
): Promise<AddStakeReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const amount = amountArgument('amount', parameters.amount);
  const limit = parameters.limitPrice === undefined ? null : u64Argument('limitPrice', parameters.limitPrice);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.addStakeBurn(hotkey, netuid, amount, limit),
  });
  const [, , , alpha] = eventData(result.events, 'SubtensorModule', 'AddStakeBurn');
  return { ...result, alpha: BigInt(alpha as string | number) };
}
