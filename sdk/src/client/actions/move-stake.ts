import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link moveStake}.
 *
 * @example
 * const parameters: MoveStakeParameters = { signer: coldkey, fromHotkey: a, toHotkey: b, fromNetuid: 1, toNetuid: 2, amount: 10n ** 9n };
 */
export type MoveStakeParameters = SubmitOptions & {
  /** SS58 address of the hotkey the stake leaves. */
  fromHotkey: string;
  /** SS58 address of the hotkey the stake goes to (may be the same). */
  toHotkey: string;
  fromNetuid: number;
  toNetuid: number;
  /** Alpha of `fromNetuid` to move, in rao units (capped at the stake, as the chain does). */
  amount: bigint | number;
};

/**
 * Result of {@link moveStake}: the TAO the move was worth (the unstaked TAO across subnets, the alpha's
 * value at the current price within one).
 *
 * @example
 * const { tao }: MoveStakeReturnType = await moveStake(client, parameters);
 */
export type MoveStakeReturnType = SubmitExtrinsicReturnType & { readonly tao: bigint };

/**
 * Moves the signer's (a coldkey's) stake between hotkeys and/or subnets (`SubtensorModule.move_stake`).
 *
 * @example
 * const { tao } = await moveStake(client, { signer: coldkey, fromHotkey: a, toHotkey: b, fromNetuid: 1, toNetuid: 1, amount: 10n ** 9n });
 */
export async function moveStake(
  client: SubtensorClient,
  parameters: MoveStakeParameters,
): Promise<MoveStakeReturnType> {
  const from = addressArgument('fromHotkey', parameters.fromHotkey);
  const to = addressArgument('toHotkey', parameters.toHotkey);
  const fromNetuid = u16Argument('fromNetuid', parameters.fromNetuid);
  const toNetuid = u16Argument('toNetuid', parameters.toNetuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.moveStake(from, to, fromNetuid, toNetuid, amount),
  });
  const [, , , , , tao] = eventData(result.events, 'SubtensorModule', 'StakeMoved');
  return { ...result, tao: BigInt(tao as string | number) };
}
