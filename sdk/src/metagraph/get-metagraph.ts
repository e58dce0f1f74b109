import type { ApiPromise } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { SubtensorClient } from '../client/create-subtensor-client.js';
import { SdkError } from '../errors/sdk-error.js';
import { type DecodedMetagraph, decodeMetagraph } from './decode-metagraph.js';
import type { Metagraph, SparseRows } from './metagraph.js';
import { ScaleReader } from './scale-reader.js';
import { decodeSparseRow } from './sparse-rows.js';

/**
 * What {@link getMetagraph} and {@link watchMetagraph} need of a client: its `@polkadot/api` instance. A
 * `SubtensorClient` fits, and so does `{ api }` around an `ApiPromise` you created yourself.
 *
 * @example
 * const client: MetagraphClient = await createSubtensorClient({ url: 'ws://127.0.0.1:9944' });
 */
export type MetagraphClient = Pick<SubtensorClient, 'api'>;

/**
 * Parameters of {@link getMetagraph}.
 *
 * @example
 * const parameters: GetMetagraphParameters = { netuid: 1, block: 1_200, weights: true };
 */
export type GetMetagraphParameters = {
  /** The subnet. */
  netuid: number;
  /** A block number or block hash; default the best block. Old blocks need a node that still has their state. */
  block?: number | `0x${string}`;
  /** Also read every uid's weight row (`Weights`), in one batched storage query. Default false. */
  weights?: boolean;
  /** Also read every uid's bond row (`Bonds`), in the same batched query. Default false. */
  bonds?: boolean;
};

const HASH = /^0x[0-9a-fA-F]{64}$/;
const MAX_U16 = 0xffff;
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Node messages for a block the node does not know or whose state it has pruned. */
const BLOCK_UNAVAILABLE = /unknown block|state already discarded|pruned|header was not found/i;

/**
 * Reads a subnet's metagraph at one block: a single `SubnetInfoRuntimeApi_get_metagraph` runtime call (v3.4.9's
 * 72-field `Metagraph`) decoded straight into typed arrays, plus — in parallel, at the same block hash — one
 * batched storage query for what that struct lacks: `ValidatorTrust`, and the `Weights` / `Bonds` rows when asked.
 * Throws `SDK_SUBNET_NOT_FOUND` for a netuid the chain does not have, `SDK_BLOCK_NOT_FOUND` for a block the node
 * does not have (or has pruned), `SDK_INVALID_ARGUMENT` for a malformed netuid or block.
 *
 * @example
 * const metagraph = await getMetagraph(client, { netuid: 1 });
 * console.log(metagraph.block, metagraph.n, metagraph.hotkeys[0], metagraph.stake.total[0]);
 * const old = await getMetagraph(client, { netuid: 1, block: metagraph.block - 10, weights: true });
 */
export async function getMetagraph(
  client: MetagraphClient,
  parameters: GetMetagraphParameters,
): Promise<Metagraph> {
  const { netuid } = parameters;
  if (!Number.isInteger(netuid) || netuid < 0 || netuid > MAX_U16) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `netuid must be a u16, got ${netuid}.`);
  }
  const { api } = client;
  const blockHash = await resolveBlockHash(api, parameters.block);
  const query = api.query.subtensorModule;
  const validatorTrustKey = query.validatorTrust.key(netuid);
  const [metagraphHex, storage] = await Promise.all([
    atBlock(blockHash, () =>
      api.rpc.state.call.raw<`0x${string}`>(
        'SubnetInfoRuntimeApi_get_metagraph',
        u8aToHex(api.createType('u16', netuid).toU8a()),
        blockHash,
      ),
    ),
    atBlock(blockHash, () =>
      api.rpc.state.queryStorageAt.raw<StorageChangeSet[]>([validatorTrustKey], blockHash),
    ),
  ]);
  // Node's native hex decoder: the answer of a 4,096-uid subnet is ~1.6 MB of hex.
  const bytes: Uint8Array = Buffer.from(metagraphHex.slice(2), 'hex');
  if (bytes[0] !== 1) {
    throw new SdkError('SDK_SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist at block ${blockHash}.`);
  }
  const decoded = decodeMetagraph(bytes.subarray(1));
  const metagraph: Metagraph = {
    ...decoded,
    blockHash,
    validatorTrust: scoresOf(valuesByKey(storage)(validatorTrustKey), decoded.n),
  };
  if (parameters.weights || parameters.bonds) {
    Object.assign(metagraph, await readRows(api, decoded, blockHash, parameters));
  }
  return metagraph;
}

type StorageChangeSet = { block: string; changes: [string, string | null][] };

async function resolveBlockHash(api: ApiPromise, block: number | string | undefined): Promise<`0x${string}`> {
  if (typeof block === 'string') {
    if (!HASH.test(block))
      throw new SdkError('SDK_INVALID_ARGUMENT', `block must be a 32-byte hash, got ${block}.`);
    return block.toLowerCase() as `0x${string}`;
  }
  if (block !== undefined && (!Number.isSafeInteger(block) || block < 0)) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `block must be a block number or hash, got ${block}.`);
  }
  const hash =
    block === undefined
      ? await api.rpc.chain.getBlockHash.raw<string | null>()
      : await api.rpc.chain.getBlockHash.raw<string | null>(block);
  if (hash === null || /^0x0+$/.test(hash)) {
    throw new SdkError('SDK_BLOCK_NOT_FOUND', `The node has no block ${block}.`);
  }
  return hash as `0x${string}`;
}

/** Runs a read at `blockHash`, turning the node's unknown-block / pruned-state answers into `SDK_BLOCK_NOT_FOUND`. */
async function atBlock<T>(blockHash: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && BLOCK_UNAVAILABLE.test(error.message)) {
      throw new SdkError('SDK_BLOCK_NOT_FOUND', `The node has no state for block ${blockHash}.`, {
        details: error.message,
        cause: error,
      });
    }
    throw error;
  }
}

/** The values of a `state_queryStorageAt` answer by key (hex), as bytes; absent keys map to null. */
function valuesByKey(sets: StorageChangeSet[]): (key: string) => Uint8Array | null {
  const values = new Map(sets[0]?.changes ?? []);
  return (key) => {
    const value = values.get(key);
    return value === null || value === undefined ? null : hexToU8a(value);
  };
}

/** A stored `Vec<u16>` of per-uid scores as fractions of 65535, zero-filled to `n`. */
function scoresOf(bytes: Uint8Array | null, n: number): Float64Array {
  const scores = new Float64Array(n);
  if (bytes === null) return scores;
  const reader = new ScaleReader(bytes);
  const length = reader.compactNumber();
  for (let uid = 0; uid < length; uid++) {
    const score = reader.u16() / MAX_U16;
    if (uid < n) scores[uid] = score;
  }
  return scores;
}

async function readRows(
  api: ApiPromise,
  decoded: DecodedMetagraph,
  blockHash: string,
  parameters: GetMetagraphParameters,
): Promise<{ weights?: SparseRows; bonds?: SparseRows }> {
  const query = api.query.subtensorModule;
  const items = [
    ...(parameters.weights ? [['weights', query.weights] as const] : []),
    ...(parameters.bonds ? [['bonds', query.bonds] as const] : []),
  ];
  const keys = items.flatMap(([, item]) => rowKeys(item, decoded.netuid, decoded.uids));
  const sets = await atBlock(blockHash, () =>
    api.rpc.state.queryStorageAt.raw<StorageChangeSet[]>(keys, blockHash),
  );
  const storedValue = valuesByKey(sets);
  const rows: { weights?: SparseRows; bonds?: SparseRows } = {};
  items.forEach(([name], i) => {
    rows[name] = Array.from(decoded.uids, (uid) => decodeSparseRow(storedValue(keys[i * decoded.n + uid])));
  });
  return rows;
}

type DoubleMapQuery = ApiPromise['query']['subtensorModule']['weights'];

/**
 * The storage keys of `(netuid, uid)` for every uid of a `(NetUid, u16)` double map. With subtensor's `Identity`
 * hashers a key is the map's netuid prefix followed by the uid's two bytes, which is ~100× cheaper than
 * `item.key()` per uid; other hashers go through `item.key()`.
 */
function rowKeys(item: DoubleMapQuery, netuid: number, uids: Uint16Array): string[] {
  const hashers = item.creator.meta.type.asMap.hashers;
  if (!hashers.every((hasher) => hasher.isIdentity)) return Array.from(uids, (uid) => item.key(netuid, uid));
  const prefix = item.keyPrefix(netuid);
  return Array.from(uids, (uid) => `${prefix}${HEX_BYTE[uid & 0xff]}${HEX_BYTE[uid >> 8]}`);
}
