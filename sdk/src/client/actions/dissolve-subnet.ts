import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link dissolveSubnet}.
 *
 * @example
 * const parameters: DissolveSubnetParameters = { signer: sudoKey, netuid: 2 };
 */
export type DissolveSubnetParameters = SubmitOptions & { netuid: number };

/**
 * Dissolves a subnet as the chain's sudo key (`Sudo.sudo(SubtensorModule.root_dissolve_network)`; the call is
 * root-only). The pool's TAO is paid to the stakers' coldkeys pro rata to their alpha, the protocol's share is
 * recycled, and every trace of the subnet is removed (`SubtensorModule.NetworkRemoved`); its netuid is free for the
 * next subnet. Refusals: `SubtensorModule.SubnetNotExists` (also for root), `BadOrigin` from a key other than sudo.
 *
 * @example
 * const sudoKey = createKeypair({ uri: '//Alice' });
 * await dissolveSubnet(client, { signer: sudoKey, netuid: 2 });
 */
export async function dissolveSubnet(
  client: SubtensorClient,
  parameters: DissolveSubnetParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.sudo.sudo(api.tx.subtensorModule.rootDissolveNetwork(netuid)),
  });
}
