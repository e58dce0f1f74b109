import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link setChildkeyTake}.
 *
 * @example
 * const parameters: SetChildkeyTakeParameters = { signer: coldkey, hotkey: child, netuid: 1, take: 1_000 };
 */
export type SetChildkeyTakeParameters = SubmitOptions & {
  /** SS58 address of the child hotkey (owned by the signer). */
  hotkey: string;
  netuid: number;
  /** The take, in parts of 65 535 (0 … `MaxChildkeyTake`, 11 796 ≈ 18 % by default). */
  take: number;
};

/**
 * Sets the share a child hotkey keeps of the dividends it earns for parents of other owners
 * (`SubtensorModule.set_childkey_take`; increases at most once per `TxChildkeyTakeRateLimit`).
 *
 * @example
 * await setChildkeyTake(client, { signer: coldkey, hotkey: child, netuid: 1, take: 1_000 });
 */
export async function setChildkeyTake(
  client: SubtensorClient,
  parameters: SetChildkeyTakeParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const take = u16Argument('take', parameters.take);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setChildkeyTake(hotkey, netuid, take),
  });
}
