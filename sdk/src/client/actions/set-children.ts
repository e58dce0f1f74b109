import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument, u64Argument } from '../validate-arguments.js';

/**
 * `u64::MAX`: a proportion of 1 (the whole stake).
 *
 * @example
 * const children = [{ hotkey: child.address, proportion: FULL_PROPORTION / 4n }]; // a quarter
 */
export const FULL_PROPORTION = (1n << 64n) - 1n;

/**
 * Parameters of {@link setChildren}.
 *
 * @example
 * const parameters: SetChildrenParameters = { signer: coldkey, hotkey: parent, netuid: 1, children: [{ hotkey: child, proportion: FULL_PROPORTION / 2n }] };
 */
export type SetChildrenParameters = SubmitOptions & {
  /** SS58 address of the parent hotkey (owned by the signer). */
  hotkey: string;
  netuid: number;
  /** Children and the share of the parent's stake each gets, as a fraction of `u64::MAX`; `[]` revokes them all. */
  children: readonly { hotkey: string; proportion: bigint | number }[];
};

/**
 * Schedules a parent hotkey's children on a subnet (`SubtensorModule.set_children`): they take effect after
 * `PendingChildKeyCooldown` blocks, at the subnet's next epoch (see `getChildren`'s `pending`).
 *
 * @example
 * await setChildren(client, { signer: coldkey, hotkey: parent, netuid: 1, children: [{ hotkey: child, proportion: FULL_PROPORTION }] });
 */
export async function setChildren(
  client: SubtensorClient,
  parameters: SetChildrenParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const children = parameters.children.map((c, i): [bigint, string] => [
    u64Argument(`children[${i}].proportion`, c.proportion),
    addressArgument(`children[${i}].hotkey`, c.hotkey),
  ]);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setChildren(hotkey, netuid, children),
  });
}
