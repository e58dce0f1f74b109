import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubnetIdentity, subnetIdentityArguments } from '../identities.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link setSubnetIdentity}.
 *
 * @example
 * const parameters: SetSubnetIdentityParameters = { signer: ownerColdkey, netuid: 1, identity: { subnetName: 'digits' } };
 */
export type SetSubnetIdentityParameters = SubmitOptions & {
  netuid: number;
  /** The fields to store; missing ones are stored empty (the call replaces the whole identity). */
  identity: Partial<SubnetIdentity>;
};

/**
 * Sets a subnet's identity with `SubtensorModule.set_subnet_identity`, signed by the subnet's owner coldkey
 * (`NotSubnetOwner` otherwise); a field past its limit fails with `InvalidIdentity`. Its `subnetName` becomes the
 * name the runtime APIs (and `getSubnets`, `getMetagraph`) report.
 *
 * @example
 * await setSubnetIdentity(client, { signer: ownerColdkey, netuid: 1, identity: { subnetName: 'digits', githubRepo: 'https://github.com/me/digits' } });
 */
export async function setSubnetIdentity(
  client: SubtensorClient,
  parameters: SetSubnetIdentityParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const args = subnetIdentityArguments(parameters.identity);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setSubnetIdentity(netuid, ...args),
  });
}
