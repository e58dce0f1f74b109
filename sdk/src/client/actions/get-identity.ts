import { optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ChainIdentity, decodeChainIdentity } from '../identities.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getIdentity}.
 *
 * @example
 * const parameters: GetIdentityParameters = { coldkey: coldkey.address };
 */
export type GetIdentityParameters = { coldkey: string } & ReadOptions;

/**
 * A coldkey's on-chain identity (`SubtensorModule.IdentitiesV2`), or `undefined` when it has none.
 *
 * @example
 * const identity = await getIdentity(client, { coldkey: coldkey.address });
 * console.log(identity?.name ?? '(no identity)');
 */
export async function getIdentity(
  client: SubtensorClient,
  parameters: GetIdentityParameters,
): Promise<ChainIdentity | undefined> {
  const coldkey = addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'SubtensorModule.IdentitiesV2',
    async (api) => {
      const stored = optionOf(await api.query.subtensorModule.identitiesV2(coldkey));
      return stored === undefined ? undefined : decodeChainIdentity(stored);
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
