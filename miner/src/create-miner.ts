import {
  type Logger,
  type MetagraphWatcher,
  type SignerLike,
  type SubtensorClient,
  type Synapse,
  silentLogger,
  toSigner,
  watchMetagraph,
} from '@subnetkit/sdk';
import type { FastifyInstance } from 'fastify';
import { Gauge } from 'prom-client';
import { createAxonMetrics } from './axon/axon-metrics.js';
import type { AxonHandler, AxonOptions } from './axon/axon-options.js';
import { buildAxon } from './axon/build-axon.js';
import { createMetagraphPeerDirectory } from './chain/metagraph-peer-directory.js';
import { registeredUid, serveAxonOnce } from './chain/serve-axon-once.js';
import { MinerError } from './miner-error.js';
import { createModelRunner, type ModelRunner, type ModelRunnerOptions } from './model/model-runner.js';

/**
 * The miner's settings: where the axon listens and what it announces on chain, plus the axon's security
 * settings (`allowlist`, `rateLimit`, `concurrency`, `priority`, `bodyLimit`, `nonce`, `maxTimeoutS`,
 * `signResponses`; see `AxonOptions` for their defaults).
 *
 * @example
 * const config: MinerConfig = { axon: { port: 8091, externalIp: '203.0.113.7' }, allowlist: { minStake: 1000 } };
 */
export interface MinerConfig
  extends Pick<
    AxonOptions,
    | 'allowlist'
    | 'rateLimit'
    | 'concurrency'
    | 'priority'
    | 'bodyLimit'
    | 'nonce'
    | 'maxTimeoutS'
    | 'signResponses'
  > {
  readonly axon?: {
    /** Port the axon listens on (0: any free port). @defaultValue 8091 */
    readonly port?: number;
    /** Interface it binds. @defaultValue '0.0.0.0' */
    readonly host?: string;
    /** The public IP validators reach, announced on chain. Required unless `serve` is false. */
    readonly externalIp?: string;
    /** The public port announced on chain (behind NAT or a proxy). @defaultValue `axon.port` */
    readonly externalPort?: number;
  };
  /** Announce the axon on chain (`serve_axon`) at start, unless the chain already has it. @defaultValue true */
  readonly serve?: boolean;
  /** Protocol byte announced with the axon. @defaultValue 4, as Bittensor's axon */
  readonly protocol?: number;
  /** Version announced with the axon. @defaultValue 0 */
  readonly version?: number;
}

/**
 * What `createMiner` needs: the chain, the hotkey, the subnet, what to serve and the model to serve it with.
 *
 * @example
 * const options: MinerOptions = {
 *   client, signer: hotkey, netuid: 1, synapses: [Digits],
 *   handlers: (model) => ({ Digits: digitsForward(model) }),
 *   model: { model: 'models/mlp.onnx', maxBatchSize: 64 },
 *   config: { axon: { port: 8091, externalIp: '203.0.113.7' } },
 * };
 */
export interface MinerOptions {
  /** A connected chain client (`createSubtensorClient`); the miner does not disconnect it. */
  readonly client: SubtensorClient;
  /** This miner's hotkey: signs `serve_axon` and the axon's responses; requests must be signed for it. */
  readonly signer: SignerLike;
  readonly netuid: number;
  /** Synapses served, one route `/${name}` each. */
  readonly synapses: readonly Synapse[];
  /** One handler per synapse name, or a function that builds them from the loaded model (then `model` is required). */
  readonly handlers:
    | Readonly<Record<string, AxonHandler>>
    | ((model: ModelRunner) => Readonly<Record<string, AxonHandler>>);
  /**
   * The model to load and warm up at start (execution providers, micro-batching). Leave it out for a miner whose
   * handlers need no model (a rule-based task, or a test's adversary). @defaultValue none
   */
  readonly model?: ModelRunnerOptions;
  readonly config?: MinerConfig;
  readonly logger?: Logger;
}

/**
 * Where a miner stands: `ready` once the model is warm, the axon listens and the chain has its address.
 *
 * @example
 * const { ready, provider, uid, port }: MinerStatus = miner.status;
 */
export interface MinerStatus {
  readonly ready: boolean;
  /** The execution provider the model runs on (`cuda` or `cpu`), once loaded; undefined for a miner without a model. */
  readonly provider: string | undefined;
  /** This hotkey's uid on the subnet (undefined before start or when not registered and not serving). */
  readonly uid: number | undefined;
  /** Whether this start sent `serve_axon` (false when the chain already had the same axon). */
  readonly served: boolean;
  /** The port the axon listens on, once listening. */
  readonly port: number | undefined;
  /** The block of the metagraph snapshot the allowlist uses. */
  readonly metagraphBlock: number | undefined;
}

/**
 * A miner: `start()` loads and warms the model, follows the metagraph, listens and serves its axon on chain;
 * `close()` drains in-flight requests and stops.
 *
 * @example
 * const miner = createMiner(options);
 * await miner.start();
 * process.once('SIGTERM', () => void miner.close());
 */
export interface Miner {
  /**
   * Loads the model, watches the metagraph, listens and announces the axon; resolves once ready. Calling it
   * again returns the same promise; after `close()` it rejects with `MINER_CLOSED`.
   */
  start(): Promise<MinerStatus>;
  readonly status: MinerStatus;
  /** The axon (a Fastify app), once started. */
  readonly app: FastifyInstance | undefined;
  /** Stops accepting requests (503), waits for in-flight ones, stops the metagraph watch, releases the model. */
  close(): Promise<void>;
}

interface Running {
  model?: ModelRunner;
  watcher?: MetagraphWatcher;
  app?: FastifyInstance;
}

function invalid(message: string): never {
  throw new MinerError('MINER_OPTIONS_INVALID', message);
}

function checkPort(value: number, name: string, allowZero: boolean): number {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1) || value > 65535)
    invalid(`${name} must be a port number${allowZero ? '' : ' other than 0'}, got ${value}`);
  return value;
}

/**
 * Creates a miner (options are checked now, `MINER_OPTIONS_INVALID`; nothing starts until `start()`).
 *
 * On `start()`: the model is loaded on the first execution provider that works (logged) and warmed up; the
 * subnet's metagraph is read and then kept fresh with the SDK's `watchMetagraph`, and feeds the axon's
 * allowlist (registered, validator permit, minimum stake) and priority (stake); the axon listens; `serve_axon`
 * announces `axon.externalIp:externalPort` unless the chain already has it (`MINER_NOT_REGISTERED` when the
 * hotkey has no uid). `/healthz` answers 503 until all that is done, then 200 with the provider, uid and
 * metagraph block; `/metrics` serves the axon's Prometheus metrics plus `model_execution_provider{provider}`.
 *
 * @example
 * const client = await createSubtensorClient({ url: 'ws://127.0.0.1:9944' });
 * const miner = createMiner({
 *   client,
 *   signer: hotkey,
 *   netuid: 1,
 *   synapses: [Digits],
 *   handlers: (model) => ({ Digits: digitsForward(model) }),
 *   model: { model: 'models/mlp.onnx' },
 *   config: { axon: { port: 8091, externalIp: '203.0.113.7' }, allowlist: { minStake: 1000 } },
 *   logger,
 * });
 * await miner.start();
 * process.once('SIGTERM', async () => {
 *   await miner.close();
 *   await client.disconnect();
 * });
 */
export function createMiner(options: MinerOptions): Miner {
  const { client, netuid, synapses, model: modelOptions } = options;
  if (modelOptions === undefined && typeof options.handlers === 'function')
    invalid('handlers built from the model need a `model` to load');
  // The axon's own settings pass through as given (an absent one stays absent); the rest configures the miner.
  const { axon = {}, serve = true, protocol, version, ...axonSettings } = options.config ?? {};
  const logger = options.logger ?? silentLogger;
  if (!Number.isInteger(netuid) || netuid < 0 || netuid > 65535)
    invalid(`netuid must be a u16, got ${netuid}`);
  const signer = toSigner(options.signer);
  const port = checkPort(axon.port ?? 8091, 'axon.port', true);
  const host = axon.host ?? '0.0.0.0';
  const externalIp = axon.externalIp;
  if (serve && (externalIp === undefined || externalIp === ''))
    invalid('axon.externalIp is required to serve the axon on chain (or set serve: false)');
  const externalPort = checkPort(axon.externalPort ?? port, 'axon.externalPort', !serve);

  const running: Running = {};
  let state: 'new' | 'starting' | 'ready' | 'closing' | 'closed' = 'new';
  let uid: number | undefined;
  let served = false;
  let listeningPort: number | undefined;
  let starting: Promise<MinerStatus> | undefined;
  let closing: Promise<void> | undefined;
  let deregistered = false;

  const status = (): MinerStatus => ({
    ready: state === 'ready',
    provider: running.model?.provider,
    uid,
    served,
    port: listeningPort,
    metagraphBlock: running.watcher?.current.block,
  });

  let stopped: Promise<void> | undefined;
  const shutdown = () => {
    stopped ??= (async () => {
      const { app, watcher, model } = running;
      if (app !== undefined) await app.close();
      if (watcher !== undefined) await watcher.stop();
      if (model !== undefined) await model.close();
    })();
    return stopped;
  };

  const start = async (): Promise<MinerStatus> => {
    if (state !== 'new') throw new MinerError('MINER_CLOSED', 'the miner was closed; create a new one');
    state = 'starting';
    try {
      const metrics = createAxonMetrics();
      const model =
        modelOptions === undefined
          ? undefined
          : await createModelRunner({
              ...modelOptions,
              onBatch: (size) => {
                metrics.observeBatch(size);
                modelOptions.onBatch?.(size);
              },
              logger: logger.child({ module: 'model' }),
            });
      if (model !== undefined) running.model = model;
      if (model !== undefined)
        new Gauge({
          name: 'model_execution_provider',
          help: 'The execution provider the model runs on (1 for the one in use).',
          labelNames: ['provider'] as const,
          registers: [metrics.registry],
        }).set({ provider: model.provider }, 1);

      const chainLogger = logger.child({ module: 'metagraph' });
      const watcher = await watchMetagraph(client, {
        netuid,
        onUpdate: (metagraph) => {
          chainLogger.debug({ block: metagraph.block, n: metagraph.n }, 'metagraph refreshed');
          const registered = metagraph.hotkeys.includes(signer.address);
          if (!registered && !deregistered && uid !== undefined) {
            chainLogger.warn(
              { hotkey: signer.address, block: metagraph.block },
              'this hotkey is no longer registered on the subnet: validators will stop querying it',
            );
          }
          deregistered = !registered;
        },
        onError: (error) =>
          chainLogger.warn(
            { err: (error as Error).message },
            'metagraph refresh failed; the allowlist keeps the last snapshot',
          ),
      });
      running.watcher = watcher;
      if (serve)
        uid = registeredUid(watcher.current, signer.address); // before listening: fail fast
      else {
        const index = watcher.current.hotkeys.indexOf(signer.address);
        uid = index < 0 ? undefined : index;
      }

      const handlers =
        typeof options.handlers !== 'function'
          ? options.handlers
          : model === undefined
            ? invalid('handlers built from the model need a `model` to load')
            : options.handlers(model);
      const app = buildAxon({
        ...axonSettings,
        signer,
        synapses,
        handlers,
        peers: createMetagraphPeerDirectory(watcher),
        external: { ip: externalIp ?? '0.0.0.0', port: externalPort },
        metrics,
        health: () => ({ ...status() }),
        logger: logger.child({ module: 'axon' }),
      });
      running.app = app;
      await app.listen({ port, host });
      const address = app.server.address();
      listeningPort = typeof address === 'object' && address !== null ? address.port : port;

      if (serve) {
        const outcome = await serveAxonOnce(client, {
          signer,
          metagraph: watcher.current,
          ip: externalIp!,
          port: externalPort,
          ...(protocol === undefined ? {} : { protocol }),
          ...(version === undefined ? {} : { version }),
        });
        served = outcome.served;
        logger.info(
          { uid, ip: externalIp, port: externalPort },
          served ? 'axon served on chain' : 'the chain already has this axon; serve_axon skipped',
        );
      }
      state = 'ready';
      logger.info(
        { hotkey: signer.address, netuid, uid, port: listeningPort, provider: model?.provider },
        'miner ready',
      );
      return status();
    } catch (error) {
      state = 'closing';
      await shutdown().catch((cleanupError: unknown) =>
        logger.warn({ err: (cleanupError as Error).message }, 'cleanup after a failed start failed'),
      );
      state = 'closed';
      throw error;
    }
  };

  return {
    start() {
      starting ??= start();
      return starting;
    },
    get status() {
      return status();
    },
    get app() {
      return running.app;
    },
    close() {
      closing ??= (async () => {
        await starting?.catch(() => undefined); // a close() during start() waits for it, then undoes it
        state = 'closing';
        await shutdown();
        state = 'closed';
        logger.info({ hotkey: signer.address }, 'miner stopped');
      })();
      return closing;
    },
  };
}
