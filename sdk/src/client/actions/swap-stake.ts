import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument, u64Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link swapStake}.
 *
 * @example
 * const parameters: SwapStakeParameters = { signer: coldkey, hotkey, fromNetuid: 1, toNetuid: 2, amount: 10n ** 9n };
 */
export type SwapStakeParameters = SubmitOptions & {
  /** SS58 address of the hotkey the stake stays on. */
  hotkey: string;
  fromNetuid: number;
  toNetuid: number;
  /** Alpha of `fromNetuid` to swap, in rao units. */
  amount: bigint | number;
  /**
   * Slippage protection (`swap_stake_limit`): the lowest origin/destination price ratio, in rao (10^9 = 1), and
   * whether to fill only up to it instead of failing with `SlippageTooHigh`.
   */
  limit?: { price: bigint | number; allowPartial: boolean };
};

/**
 * Result of {@link swapStake}: the TAO the origin alpha sold for (then bought into the destination).
 *
 * @example
 * const { tao }: SwapStakeReturnType = await swapStake(client, parameters);
 */
export type SwapStakeReturnType = SubmitExtrinsicReturnType & { readonly tao: bigint };

/**
 * Swaps the signer's stake on `hotkey` from one subnet to another (`SubtensorModule.swap_stake`, or
 * `swap_stake_limit` with `limit`).
 *
 * @example
 * await swapStake(client, { signer: coldkey, hotkey, fromNetuid: 1, toNetuid: 2, amount: 10n ** 9n, limit: { price: 9n * 10n ** 8n, allowPartial: true } });
 */
export async function swapStake(
  client: SubtensorClient,
  parameters: SwapStakeParameters,
): Promise<SwapStakeReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const fromNetuid = u16Argument('fromNetuid', parameters.fromNetuid);
  const toNetuid = u16Argument('toNetuid', parameters.toNetuid);
  const amount = amountArgument('amount', parameters.amount);
  const limit = parameters.limit;
  const price = limit === undefined ? undefined : u64Argument('limit.price', limit.price);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      price === undefined || limit === undefined
        ? api.tx.subtensorModule.swapStake(hotkey, fromNetuid, toNetuid, amount)
        : api.tx.subtensorModule.swapStakeLimit(
            hotkey,
            fromNetuid,
            toNetuid,
            amount,
            price,
            limit.allowPartial,
          ),
  });
  const [, , , , tao] = eventData(result.events, 'SubtensorModule', 'StakeSwapped');
  return { ...result, tao: BigInt(tao as string | number) };
}
