import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ChainIdentity, chainIdentityArguments } from '../identities.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';

/**
 * Parameters of {@link setIdentity}.
 *
 * @example
 * const parameters: SetIdentityParameters = { signer: coldkey, identity: { name: 'Alice Labs', url: 'https://alice.example' } };
 */
export type SetIdentityParameters = SubmitOptions & {
  /** The fields to store; missing ones are stored empty (the call replaces the whole identity). */
  identity: Partial<ChainIdentity>;
};

/**
 * Sets the signer's (a coldkey's) on-chain identity with `SubtensorModule.set_identity`. The coldkey must own a hotkey
 * registered on some subnet (`HotKeyNotRegisteredInNetwork`); a field past its limit fails with `InvalidIdentity`.
 *
 * @example
 * await setIdentity(client, { signer: coldkey, identity: { name: 'Alice Labs', url: 'https://alice.example' } });
 * (await getIdentity(client, { coldkey: coldkey.address }))?.name; // 'Alice Labs'
 */
export async function setIdentity(
  client: SubtensorClient,
  parameters: SetIdentityParameters,
): Promise<SubmitExtrinsicReturnType> {
  const args = chainIdentityArguments(parameters.identity);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setIdentity(...args),
  });
}
