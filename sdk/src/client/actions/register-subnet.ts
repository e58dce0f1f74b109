import { SdkError } from '../../errors/sdk-error.js';
import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubnetIdentity, subnetIdentityStruct } from '../identities.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u64Argument } from '../validate-arguments.js';
import { getLockCost } from './get-lock-cost.js';

/**
 * Parameters of {@link registerSubnet}.
 *
 * @example
 * const parameters: RegisterSubnetParameters = { signer: coldkey, hotkey: ownerHotkey.address, maxCost: 2_000n * 10n ** 9n };
 */
export type RegisterSubnetParameters = SubmitOptions & {
  /** The owner hotkey; it becomes uid 0 of the new subnet. */
  hotkey: string;
  /** Refuse (`SDK_MAX_COST_EXCEEDED`, nothing submitted) when the lock cost is above this many rao. */
  maxCost?: bigint | number;
  /** The subnet's identity, stored in the same call (`register_network_with_identity`); missing fields empty. */
  identity?: Partial<SubnetIdentity>;
};

/**
 * Result of {@link registerSubnet}: the new netuid and what the lock cost when it was checked.
 *
 * @example
 * const { netuid }: RegisterSubnetReturnType = await registerSubnet(client, { signer: coldkey, hotkey });
 */
export type RegisterSubnetReturnType = SubmitExtrinsicReturnType & {
  readonly netuid: number;
  /** The lock cost read before submitting, in rao. */
  readonly lockCost: bigint;
};

/**
 * Registers a new subnet owned by the signer (a coldkey) with `SubtensorModule.register_network` (with `identity`:
 * `register_network_with_identity`); the lock cost (`getLockCost`) is taken from the signer. The subnet gets the
 * chain's next free token symbol. Emission stays off until {@link startCall}.
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Alice' });
 * const { netuid } = await registerSubnet(client, { signer: coldkey, hotkey: createKeypair({ uri: '//Alice_hk' }).address });
 * await startCall(client, { signer: coldkey, netuid });
 */
export async function registerSubnet(
  client: SubtensorClient,
  parameters: RegisterSubnetParameters,
): Promise<RegisterSubnetReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const maxCost = parameters.maxCost === undefined ? undefined : u64Argument('maxCost', parameters.maxCost);
  const lockCost = await getLockCost(
    client,
    parameters.deadlineMs === undefined ? {} : { deadlineMs: parameters.deadlineMs },
  );
  if (maxCost !== undefined && lockCost > maxCost) {
    throw new SdkError(
      'SDK_MAX_COST_EXCEEDED',
      `Registering a subnet costs ${lockCost} rao, above maxCost ${maxCost}.`,
    );
  }
  const identity = parameters.identity === undefined ? undefined : subnetIdentityStruct(parameters.identity);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      identity === undefined
        ? api.tx.subtensorModule.registerNetwork(hotkey)
        : api.tx.subtensorModule.registerNetworkWithIdentity(hotkey, identity),
  });
  const [netuid] = eventData(result.events, 'SubtensorModule', 'NetworkAdded');
  return { ...result, netuid: Number(netuid), lockCost };
}
