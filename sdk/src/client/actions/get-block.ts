import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, hashArgument, u64Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getBlock}: a block by hash or number; the best block when both are omitted.
 *
 * @example
 * const parameters: GetBlockParameters = { number: 100 };
 */
export type GetBlockParameters = {
  /** Block hash (`0x…`). */
  hash?: string;
  /** Block number. */
  number?: number;
} & ReadOptions;

/**
 * A block header's identity.
 *
 * @example
 * const { number, hash }: GetBlockReturnType = await getBlock(client);
 */
export type GetBlockReturnType = {
  readonly number: number;
  readonly hash: string;
  readonly parentHash: string;
};

/**
 * Reads a block header: the best block by default, or one by hash or number.
 *
 * @example
 * const head = await getBlock(client);
 * const genesis = await getBlock(client, { number: 0 });
 * console.log(head.number, genesis.hash);
 */
export async function getBlock(
  client: SubtensorClient,
  parameters: GetBlockParameters = {},
): Promise<GetBlockReturnType> {
  const deadlineMs = deadlineArgument(parameters.deadlineMs);
  const hash = parameters.hash === undefined ? undefined : hashArgument('hash', parameters.hash);
  const number =
    parameters.number === undefined ? undefined : Number(u64Argument('number', parameters.number));
  const header = await readChain(
    client,
    'chain_getHeader',
    async (api) => {
      const at =
        hash ?? (number === undefined ? undefined : (await api.rpc.chain.getBlockHash(number)).toHex());
      // No argument rather than `undefined`: some nodes (the devnet) read a `null` hash as genesis, not best.
      return at === undefined ? api.rpc.chain.getHeader() : api.rpc.chain.getHeader(at);
    },
    deadlineMs,
  );
  return {
    number: header.number.toNumber(),
    hash: header.hash.toHex(),
    parentHash: header.parentHash.toHex(),
  };
}
