import { ChainError } from '../frame/chain-error.js';

/**
 * Which browser origins may use the RPC server (`--rpc-cors`): `'all'`, or a list of origins
 * (`protocol://host[:port]`, `:*` for any port, `null` for pages without an origin such as `file://`).
 *
 * @example
 * const policy: OriginPolicy = ['http://localhost:*', 'https://polkadot.js.org'];
 */
export type OriginPolicy = 'all' | readonly string[];

/**
 * The default: pages served from this machine (`localhost`, `127.0.0.1`, `[::1]`, any port, http or https).
 * Substrate's non-dev default is the same list plus `https://polkadot.js.org`.
 */
export const DEFAULT_RPC_CORS: OriginPolicy = Object.freeze(
  ['localhost', '127.0.0.1', '[::1]'].flatMap((host) => [`http://${host}:*`, `https://${host}:*`]),
);

/**
 * Parses an `--rpc-cors` value: `all`, or a comma-separated list of origins.
 *
 * @example
 * parseRpcCors('http://localhost:*,https://polkadot.js.org') // ['http://localhost:*', 'https://polkadot.js.org']
 */
export function parseRpcCors(value: string): OriginPolicy {
  if (value.trim().toLowerCase() === 'all') return 'all';
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  if (origins.length === 0)
    throw new ChainError('CHAIN_OPTIONS_INVALID', '--rpc-cors needs `all` or origins');
  return origins;
}

const normalize = (origin: string) => origin.trim().toLowerCase().replace(/\/+$/, '');

/**
 * Compiles a policy into a check of a request's `Origin` header. A request without one (any client that is
 * not a browser page) is always served: the policy keeps web pages from driving the node.
 *
 * @example
 * const allowed = createOriginCheck(DEFAULT_RPC_CORS);
 * allowed('http://localhost:3000') // true
 * allowed('http://evil.example') // false
 * allowed(undefined) // true
 */
export function createOriginCheck(policy: OriginPolicy): (origin: string | undefined) => boolean {
  if (policy === 'all') return () => true;
  const exact = new Set<string>();
  const anyPort: string[] = [];
  for (const pattern of policy.map(normalize)) {
    if (pattern.endsWith(':*')) anyPort.push(pattern.slice(0, -2));
    else exact.add(pattern);
  }
  return (origin) => {
    if (origin === undefined) return true;
    const o = normalize(origin);
    if (exact.has(o)) return true;
    return anyPort.some(
      (base) => o === base || (o.startsWith(`${base}:`) && /^\d{1,5}$/.test(o.slice(base.length + 1))),
    );
  };
}
