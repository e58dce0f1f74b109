import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument } from '../validate-arguments.js';
import { getDelegateTake } from './get-delegate-take.js';

/**
 * Parameters of {@link setDelegateTake}.
 *
 * @example
 * const parameters: SetDelegateTakeParameters = { signer: coldkey, hotkey, take: 5_000 };
 */
export type SetDelegateTakeParameters = SubmitOptions & {
  /** SS58 address of the hotkey (owned by the signer). */
  hotkey: string;
  /** The new take, in parts of 65 535 (`MinDelegateTake` … `MaxDelegateTake`). */
  take: number;
};

/**
 * Sets a hotkey's delegate take: `SubtensorModule.decrease_take` when it is lower than today's, else
 * `increase_take` (rate-limited by `TxDelegateTakeRateLimit`), as btcli's `sudo set-take` does.
 *
 * @example
 * await setDelegateTake(client, { signer: coldkey, hotkey, take: 5_000 });
 */
export async function setDelegateTake(
  client: SubtensorClient,
  parameters: SetDelegateTakeParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const take = u16Argument('take', parameters.take);
  const current = await getDelegateTake(client, { hotkey });
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      take < current
        ? api.tx.subtensorModule.decreaseTake(hotkey, take)
        : api.tx.subtensorModule.increaseTake(hotkey, take),
  });
}
