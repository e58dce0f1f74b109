import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link recycleAlpha} and `burnAlpha`.
 *
 * @example
 * const parameters: RecycleAlphaParameters = { signer: coldkey, hotkey: validator.address, netuid: 1, amount: 10n ** 9n };
 */
export type RecycleAlphaParameters = SubmitOptions & {
  /** SS58 address of the hotkey the signer's alpha is staked on. */
  hotkey: string;
  /** A subnet other than root. */
  netuid: number;
  /** Alpha to give up, in rao units; capped at the signer's stake on `hotkey`. */
  amount: bigint | number;
};

/**
 * Result of {@link recycleAlpha} and `burnAlpha`: the alpha taken from the stake.
 *
 * @example
 * const { alpha }: RecycleAlphaReturnType = await recycleAlpha(client, parameters);
 */
export type RecycleAlphaReturnType = SubmitExtrinsicReturnType & {
  /** Alpha removed from the `(hotkey, coldkey, netuid)` stake, in rao units. */
  readonly alpha: bigint;
};

/**
 * Recycles alpha the signer (a coldkey) holds on `hotkey` in `netuid` (`SubtensorModule.recycle_alpha`): it
 * leaves the stake and the subnet's outstanding alpha (`SubnetAlphaOut`), no TAO is paid out.
 *
 * @example
 * const { alpha } = await recycleAlpha(client, { signer: coldkey, hotkey, netuid: 1, amount: 10n ** 9n });
 */
export function recycleAlpha(
  client: SubtensorClient,
  parameters: RecycleAlphaParameters,
): Promise<RecycleAlphaReturnType> {
  return giveUpAlpha(client, parameters, 'recycleAlpha', 'AlphaRecycled');
}

/**
 * `recycle_alpha` or `burn_alpha` (same arguments, same checks): submits it and reads the alpha taken from its event.
 *
 * @example
 * await giveUpAlpha(client, parameters, 'burnAlpha', 'AlphaBurned');
 */
export async function giveUpAlpha(
  client: SubtensorClient,
  parameters: RecycleAlphaParameters,
  call: 'recycleAlpha' | 'burnAlpha',
  event: 'AlphaRecycled' | 'AlphaBurned',
): Promise<RecycleAlphaReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule[call](hotkey, amount, netuid),
  });
  const [, , alpha] = eventData(result.events, 'SubtensorModule', event);
  return { ...result, alpha: BigInt(alpha as string | number) };
}
