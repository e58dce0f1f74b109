import type { ApiPromise } from '@polkadot/api';
import { SdkError } from '../errors/sdk-error.js';
import { booleanOf } from './codec-values.js';

/**
 * Throws `SDK_SUBNET_NOT_FOUND` unless `NetworksAdded[netuid]`; the netuid-scoped reads call it so that a typo'd
 * netuid is an error instead of a page of default values.
 *
 * @example
 * await ensureSubnet(client.api, 1);
 */
export async function ensureSubnet(api: ApiPromise, netuid: number): Promise<void> {
  if (!booleanOf(await api.query.subtensorModule.networksAdded(netuid))) {
    throw new SdkError('SDK_SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist.`);
  }
}
