import { setTimeout as sleep } from 'node:timers/promises';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import {
  blocksUntilNextEpoch,
  createSubtensorClient,
  cryptoReady,
  getMetagraph,
  type Logger,
  type SubtensorClient,
  silentLogger,
} from '@subnetkit/sdk';
import { digitsSubnet, readModelManifest } from '@subnetkit/subnet-template';
import { startBlockPacer } from './block-pacer.js';
import { demoKeys } from './demo-keys.js';
import { buildDemoState, type DemoState, type TrackedMiner } from './demo-state.js';
import { registerDemoSubnet } from './register-demo-subnet.js';
import { startDemoMiner } from './start-demo-miner.js';
import { type DemoValidator, startDemoValidator } from './start-demo-validator.js';

const TAO = 1_000_000_000n;
/** Longest wait, while closing, for pending extrinsics to land. */
const POOL_DRAIN_MS = 3000;

/** Options of {@link startDemoNetwork}. */
export type DemoNetworkOptions = {
  /** Keep the chain database in this directory (`<chainDir>`); omitted = in memory. */
  readonly chainDir?: string;
  /** Blocks between epochs. @defaultValue the digits subnet's tempo (10) */
  readonly tempo?: number;
  /** Shortest time between blocks once the subnet runs, in ms. @defaultValue 250 */
  readonly blockTimeMs?: number;
  /** Where the devnet, miners and validators log. @defaultValue none */
  readonly logger?: Logger;
  /** Called as setup moves on ("creating the subnet", "starting miners", …). */
  readonly onStage?: (stage: string) => void;
};

/** The demo network while it runs. */
export type DemoNetwork = {
  /** The devnet's WebSocket URL (point `subnetkit` commands or polkadot.js apps at it). */
  readonly url: string;
  readonly netuid: number;
  readonly devnet: Devnet;
  /** The chain client the miners and validators share. */
  readonly client: SubtensorClient;
  /** The newest state (the one read right before the first block while nothing was produced yet). */
  readonly current: DemoState;
  /** Calls `listener` with the state after each block; returns the unsubscribe function. */
  on(event: 'block', listener: (state: DemoState) => void): () => void;
  /** Stops blocks, validators (their last weights go in), miners (drained), the client and the devnet. Idempotent. */
  close(): Promise<void>;
};

type Closer = () => Promise<void>;

/** Runs every closer, last started first, even when one fails; rethrows the first failure. */
async function closeAll(closers: Closer[]): Promise<void> {
  let failure: unknown;
  for (const close of closers.reverse()) {
    await close().catch((error: unknown) => {
      failure ??= error;
    });
  }
  if (failure !== undefined) throw failure;
}

/**
 * Starts the digits subnet on an in-process devnet: //Alice creates it (owner hotkey //Alice//owner) with fast-demo
 * hyperparameters, 2 validators (//Bob, //Charlie) stake 1,000 TAO each, 4 miners (//Dave) serve the four example
 * models on loopback axons, and blocks come every `blockTimeMs` once both validators scored the previous one. The
 * dashboard and `subnetkit start` use it; `close()` stops it all.
 *
 * @example
 * const network = await startDemoNetwork({});
 * const off = network.on('block', (state) => console.log(state.block, state.miners.map((m) => m.emission)));
 * // … later
 * off();
 * await network.close();
 */
export async function startDemoNetwork(options: DemoNetworkOptions = {}): Promise<DemoNetwork> {
  const tempo = options.tempo ?? digitsSubnet.config.tempo;
  const blockTimeMs = options.blockTimeMs ?? 250;
  const logger = options.logger ?? silentLogger;
  const stage = (text: string) => options.onStage?.(text);
  const closers: Closer[] = [];
  try {
    await cryptoReady();
    const keys = demoKeys();
    stage('starting the devnet');
    // Instant blocks while setting up (one per extrinsic); paced blocks once the subnet runs.
    const devnet = await startDevnet({
      port: 0,
      mode: 'instant',
      blockTime: blockTimeMs,
      finalizeDelay: 0,
      ...(options.chainDir === undefined ? {} : { basePath: options.chainDir }),
      logger: logger.child({ component: 'devnet' }),
    });
    closers.push(() => devnet.close());
    const client = await createSubtensorClient({ url: devnet.url });
    closers.push(() => client.disconnect());
    // Closing: before disconnecting, let extrinsics still in the pool (a last set_weights) land.
    closers.push(async () => {
      for (let waited = 0; devnet.pool.size > 0 && waited < POOL_DRAIN_MS; waited += 50) await sleep(50);
    });
    const netuid = await registerDemoSubnet(client, {
      keys,
      tempo,
      validatorStake: 1_000n * TAO,
      onStage: stage,
    });

    stage('starting miners');
    const accuracy = new Map(readModelManifest().map((m) => [m.name, m.augmentedAccuracy]));
    const miners = await Promise.allSettled(
      keys.miners.map(({ hotkey, model }) => startDemoMiner({ client, netuid, hotkey, model, logger })),
    );
    for (const started of miners)
      if (started.status === 'fulfilled') closers.push(() => started.value.close());
    for (const started of miners) if (started.status === 'rejected') throw started.reason;

    stage('starting validators');
    // The pacer is the only block producer from here on; while closing, interval blocks let last extrinsics land.
    devnet.producer.setMode('manual');
    const startedValidators = await Promise.allSettled(
      keys.validators.map(({ hotkey }) =>
        startDemoValidator({
          client,
          netuid,
          hotkey,
          weightsEveryBlocks: Math.max(1, Math.floor(tempo / 2)),
          logger,
        }),
      ),
    );
    const validators: DemoValidator[] = [];
    for (const started of startedValidators) {
      if (started.status === 'fulfilled') {
        validators.push(started.value);
        closers.push(() => started.value.close());
      }
    }
    for (const started of startedValidators) if (started.status === 'rejected') throw started.reason;

    const tracked: TrackedMiner[] = keys.miners.map(({ hotkey, model }) => ({
      hotkey: hotkey.address,
      model,
      accuracy: accuracy.get(model) ?? 0,
    }));
    const validatorHotkeys = keys.validators.map(({ hotkey }) => hotkey.address);
    const first = await getMetagraph(client, { netuid });
    const baseline = new Map(first.hotkeys.map((hotkey, uid) => [hotkey, first.stake.alpha[uid]]));
    let lastStep = first.lastStep;
    let epochs = 0;
    const read = async (): Promise<DemoState> => {
      const [metagraph, blocksUntilEpoch] = await Promise.all([
        getMetagraph(client, { netuid }),
        blocksUntilNextEpoch(client, { netuid }),
      ]);
      if (metagraph.lastStep !== lastStep) {
        lastStep = metagraph.lastStep;
        epochs++;
      }
      return buildDemoState(metagraph, {
        miners: tracked,
        validators: validatorHotkeys,
        baseline,
        scores: validators.map(({ validator }) => validator.scores()),
        epochs,
        blocksUntilEpoch,
      });
    };
    let current = await read();
    const listeners = new Set<(state: DemoState) => void>();
    const pacer = startBlockPacer({
      devnet,
      validators: validators.map(({ validator }) => validator),
      blockTimeMs,
      stepWaitMs: digitsSubnet.config.timeoutSeconds * 1000,
      onBlock: async () => {
        current = await read();
        for (const listener of listeners) listener(current);
      },
      onError: (error) => logger.error({ err: error }, 'demo block failed'),
    });
    // Closing runs these first: stop pacing, then interval blocks so the validators' last extrinsics land.
    closers.push(async () => devnet.producer.setMode('interval'));
    closers.push(() => pacer.stop());
    stage('running');
    let closing: Promise<void> | undefined;
    return {
      url: devnet.url,
      netuid,
      devnet,
      client,
      get current() {
        return current;
      },
      on: (_event, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => {
        listeners.clear();
        closing ??= closeAll(closers);
        return closing;
      },
    };
  } catch (error) {
    await closeAll(closers).catch(() => undefined);
    throw error;
  }
}
