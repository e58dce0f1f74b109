import { availableParallelism } from 'node:os';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { BlockProducer, type BuildMode } from './blockchain/block-producer.js';
import { Blockchain } from './blockchain/blockchain.js';
import { type PoolLimits, resolvePoolLimits } from './blockchain/pool-limits.js';
import { createWorkerVerifier, type SignatureVerifier } from './blockchain/signature-verifier.js';
import { TransactionPool } from './blockchain/transaction-pool.js';
import { createCommitPrefetch } from './commit-prefetch.js';
import type { DecodedExtrinsic } from './frame/extrinsic.js';
import { createMethodTable } from './rpc/methods.js';
import type { OriginPolicy } from './rpc/origin-policy.js';
import type { NodeInfo } from './rpc/rpc-context.js';
import type { RpcLimits } from './rpc/rpc-limits.js';
import { type Logger, startRpcServer } from './rpc/server.js';
import { denyUnsafeMethods, type RpcMethodsMode, servesUnsafeMethods } from './rpc/unsafe-methods.js';
import { markVerified } from './runtime/block-execution.js';
import { createRuntime, type Runtime } from './runtime/runtime.js';
import { type ChainDatabase, openChainDatabase } from './storage/index.js';

/** Options of `startDevnet`. Every option has a default. */
export interface DevnetOptions {
  /** RPC port (WebSocket and HTTP). Default 9944; 0 picks a free port. */
  readonly port?: number;
  /** Listen address. Default `127.0.0.1`. */
  readonly host?: string;
  /** Directory of the persistent chain database; omitted = in memory (`--tmp`). */
  readonly basePath?: string;
  /** Block production: `interval` (default), `instant` (a block per submitted transaction) or `manual`. */
  readonly mode?: BuildMode;
  /** Interval mode block time in ms. Default 1000. */
  readonly blockTime?: number;
  /** Serve `dev_*` RPCs. Default true. */
  readonly devRpc?: boolean;
  /**
   * RPC limits, each with Substrate's default: `maxRequestBytes` and `maxResponseBytes` (15 MiB),
   * `maxConnections` (100), `maxSubscriptionsPerConnection` (1024), `maxBatchLength` (1000),
   * `messageBufferCapacity` (64).
   */
  readonly rpcLimits?: Partial<RpcLimits>;
  /** Browser origins served (`--rpc-cors`): `'all'` or a list. Default: localhost / 127.0.0.1 / [::1], any port. */
  readonly rpcCors?: OriginPolicy;
  /** Unsafe methods (`dev_*`, `system_dryRun`): `'auto'` (default) serves them only when `host` is loopback. */
  readonly rpcMethods?: RpcMethodsMode;
  /** Pool bounds: `count` (8192 ready), `bytes` (20 MiB ready), `futurePerSender` (256); future queue a tenth. */
  readonly poolLimits?: Partial<PoolLimits>;
  /** Delay between a transaction's `inBlock` and `finalized` notifications (ms). Default 250. */
  readonly finalizeDelay?: number;
  /** Free balance of each dev account (//Alice … //Ferdie), in rao. Default 1,000,000 TAO. */
  readonly endowment?: bigint;
  /**
   * Worker threads verifying signatures of submitted transactions (so they do not block the event
   * loop). Default `min(4, cores - 1)`; 0 verifies on the main thread.
   */
  readonly verifierThreads?: number;
  /** pino-style logger; default none. */
  readonly logger?: Logger;
}

/** A running devnet. */
export interface Devnet {
  /** `ws://host:port`. */
  readonly url: string;
  /** `http://host:port`. */
  readonly httpUrl: string;
  readonly port: number;
  readonly runtime: Runtime;
  readonly chain: Blockchain;
  readonly pool: TransactionPool;
  readonly producer: BlockProducer;
  /** Builds `count` blocks now; resolves to the last block's hash. */
  newBlock(count?: number): Promise<string>;
  /** Stops producing, closes every connection and the database (after the last commit). Idempotent. */
  close(): Promise<void>;
}

/** The dev account URIs that are endowed at genesis; //Alice is the sudo key. */
export const DEV_ACCOUNTS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'] as const;

/** 1 TAO in rao. */
export const TAO = 1_000_000_000n;

/**
 * Starts a devnet node: genesis (or the chain in `basePath`), block production and the RPC server.
 *
 * @example
 * import { ApiPromise, WsProvider } from '@polkadot/api';
 * const devnet = await startDevnet({ port: 0, mode: 'instant' });
 * const api = await ApiPromise.create({ provider: new WsProvider(devnet.url) });
 * // … use api …
 * await api.disconnect();
 * await devnet.close();
 */
export async function startDevnet(options: DevnetOptions = {}): Promise<Devnet> {
  const poolLimits = resolvePoolLimits(options.poolLimits);
  await cryptoWaitReady();
  // The devnet is its own drand beacon: quicknet-schedule rounds when blocks follow the clock, else one a block.
  const runtime = createRuntime({
    drand: { schedule: (options.mode ?? 'interval') === 'interval' ? 'time' : 'per-block' },
  });
  const keyring = new Keyring({ type: 'sr25519' });
  const accounts = DEV_ACCOUNTS.map((uri) => keyring.addFromUri(uri).publicKey);
  const endowment = options.endowment ?? 1_000_000n * TAO;
  const db: ChainDatabase =
    options.basePath === undefined
      ? await openChainDatabase({ memory: true })
      : await openChainDatabase({ path: options.basePath });
  let chain: Blockchain;
  try {
    chain = await Blockchain.open(runtime, db, {
      endowed: accounts.map((a) => [a, endowment] as const),
      sudoKey: accounts[0],
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const threads = options.verifierThreads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  // Workers start in the background; until they are up (or if they cannot start) the pool verifies
  // signatures on the main thread.
  let verifier: SignatureVerifier | undefined;
  const starting = threads > 0 ? createWorkerVerifier({ threads }).then((v) => (verifier = v)) : undefined;
  starting?.catch((error) => options.logger?.warn({ err: error }, 'signature workers unavailable'));
  const preverify = async (xt: DecodedExtrinsic) => {
    if (verifier === undefined) return;
    const job = chain.signatureJob(xt);
    if ('kind' in job || job.cached || xt.signature === undefined) return;
    const { scheme, signature, signer } = xt.signature;
    if (await verifier.verify({ scheme, message: job.message, signature, signer })) markVerified(job.key);
  };
  const pool = new TransactionPool((xt) => chain.validate(xt), preverify, poolLimits);
  const producer = new BlockProducer(chain, pool, {
    mode: options.mode ?? 'interval',
    ...(options.blockTime === undefined ? {} : { blockTime: options.blockTime }),
    ...(options.finalizeDelay === undefined ? {} : { finalizeDelay: options.finalizeDelay }),
  });
  producer.onError((error) => options.logger?.error({ err: error }, 'block production failed'));
  const prefetch = createCommitPrefetch({
    chain,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  producer.onBlock(() => prefetch.onBlock());
  const info: NodeInfo = {
    chainName: 'Subnetkit Devnet',
    nodeName: 'subnetkit-devnet',
    nodeVersion: '0.1.0',
    properties: { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' },
  };
  const ctx = { chain, pool, producer, runtime, info };
  const host = options.host ?? '127.0.0.1';
  const methods = createMethodTable({ devRpc: options.devRpc ?? true });
  const table = servesUnsafeMethods(options.rpcMethods ?? 'auto', host)
    ? methods
    : denyUnsafeMethods(methods);
  const server = await startRpcServer(ctx, table, {
    port: options.port ?? 9944,
    host,
    ...(options.rpcLimits === undefined ? {} : { limits: options.rpcLimits }),
    ...(options.rpcCors === undefined ? {} : { cors: options.rpcCors }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  }).catch(async (error) => {
    await starting?.catch(() => undefined);
    await verifier?.close();
    await prefetch.close();
    await db.close();
    throw error;
  });
  producer.start();
  options.logger?.info({ url: server.url, head: chain.head().number }, 'devnet ready');
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    httpUrl: server.httpUrl,
    port: server.port,
    runtime,
    chain,
    pool,
    producer,
    newBlock: async (count = 1) => (await producer.newBlocks(count)).at(-1)!.block.hash,
    close: () => {
      closing ??= (async () => {
        producer.stop();
        await server.close();
        await chain.idle();
        await starting?.catch(() => undefined);
        await verifier?.close();
        await prefetch.close();
        await db.close();
      })();
      return closing;
    },
  };
}
