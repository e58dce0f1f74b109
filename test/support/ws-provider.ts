import { WsProvider } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';

type ProviderInterface = NonNullable<ApiOptions['provider']>;

/**
 * A `WsProvider` typed as the `ProviderInterface` that `ApiPromise` takes. Under `exactOptionalPropertyTypes` the
 * class does not match its own interface (its `ttl` getter may return `undefined`, the interface's optional `ttl`
 * may not hold it), though at run time the two are the same thing.
 *
 * @example
 * const api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
 */
export function wsProvider(...args: ConstructorParameters<typeof WsProvider>): ProviderInterface {
  return new WsProvider(...args) as ProviderInterface;
}
