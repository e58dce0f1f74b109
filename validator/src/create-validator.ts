import { performance } from 'node:perf_hooks';
import type { Dendrite, Signer, SubtensorClient, Synapse } from '@subnetkit/sdk';
import { type Logger, silentLogger } from '@subnetkit/sdk';
import { createSubtensorValidatorChain } from './chain/subtensor-validator-chain.js';
import type { ChainHead, ValidatorChain } from './chain/validator-chain.js';
import { challengeSeed } from './challenge/challenge-seed.js';
import {
  resolveValidatorConfig,
  type ValidatorConfig,
  type ValidatorConfigInput,
} from './config/validator-config.js';
import { createLatestHeadRunner } from './latest-head-runner.js';
import { createValidatorMetrics, type ValidatorMetrics } from './metrics/validator-metrics.js';
import { createQueryProcessor } from './query/create-query-processor.js';
import { createInProcessQueue } from './queue/in-process-queue.js';
import type { JobQueue, JobResult, QueryJob } from './queue/job.js';
import { sampleMiners } from './sampling/sample-miners.js';
import { retainRegistered, type ScoreTable, updateScores } from './scores/score-table.js';
import type { ValidatorHealth } from './server/validator-server.js';
import { createMemoryScoreStore } from './store/memory-score-store.js';
import type { ScoreStore, ValidatorState } from './store/validator-state.js';
import type { ChallengeFunction, ScoreFunction } from './subnet-functions.js';
import { ValidatorError } from './validator-error.js';
import { createWeightEmitter, type WeightsReport } from './weights/weight-emitter.js';

/**
 * Where the validator reads the chain: the SDK's client (wrapped with `createSubtensorValidatorChain`), or any
 * {@link ValidatorChain}.
 *
 * @example
 * const source: ValidatorChainSource = { client: await createSubtensorClient({ url }) };
 */
export type ValidatorChainSource =
  | { client: SubtensorClient; chain?: undefined }
  | { chain: ValidatorChain; client?: undefined };

/**
 * How queries run: a queue (`createBullmqQueue` for workers on other machines, or your own `createInProcessQueue`),
 * or a dendrite and the subnet's `score`, run by an in-process queue with `config.concurrency`.
 *
 * @example
 * const runner: ValidatorQueryRunner<typeof Dummy> = { dendrite: createDendrite({ signer }), score };
 */
export type ValidatorQueryRunner<synapse extends Synapse> =
  | { queue: JobQueue; dendrite?: undefined; score?: undefined }
  | { dendrite: Dendrite; score: ScoreFunction<synapse>; queue?: undefined };

/**
 * Options of {@link createValidator}.
 *
 * @example
 * const options: CreateValidatorOptions<typeof Dummy> = { client, signer, netuid: 1, synapse: Dummy, challenge, dendrite, score };
 */
export type CreateValidatorOptions<synapse extends Synapse> = ValidatorChainSource &
  ValidatorQueryRunner<synapse> & {
    /** The validator's hotkey. */
    signer: Signer;
    netuid: number;
    /** The synapse the subnet speaks. */
    synapse: synapse;
    /** Builds a miner's query from the step's seed. */
    challenge: ChallengeFunction<synapse>;
    /** Where scores survive restarts. @defaultValue in memory */
    store?: ScoreStore;
    config?: ValidatorConfigInput;
    metrics?: ValidatorMetrics;
    logger?: Logger;
  };

/**
 * What one step did (`validator.on('step', …)`). `results` has one entry per queried miner; a miner with no result
 * by the deadline has status 0, score 0 and error `missing`.
 *
 * @example
 * validator.on('step', (report: StepReport) => console.log(report.step, report.responded, '/', report.queried));
 */
export type StepReport = {
  step: number;
  block: number;
  seed: string;
  queried: number;
  /** Miners whose answer scored above 0. */
  responded: number;
  /** The whole step: metagraph, challenges, queries, scores, persistence. */
  durationMs: number;
  /** The queue's part of it. */
  queryMs: number;
  results: JobResult[];
};

type Events = { step: StepReport; weights: WeightsReport };

/**
 * A running validator.
 *
 * @example
 * const validator = createValidator(options);
 * await validator.start();
 * process.on('SIGTERM', () => validator.close());
 */
export interface Validator {
  readonly config: ValidatorConfig;
  readonly metrics: ValidatorMetrics;
  /**
   * Restores the store, checks the hotkey is registered (`VALIDATOR_NOT_REGISTERED`), then follows new heads. Throws
   * `VALIDATOR_STORE_*` rather than overwrite a store it cannot read.
   */
  start(): Promise<void>;
  /** Stops following heads, lets the running step and weights call finish, persists; closes the queue it built. */
  close(): Promise<void>;
  /** Moving-average scores by hotkey. */
  scores(): ScoreTable;
  /** What `/healthz` serves. */
  health(): ValidatorHealth;
  /** Subscribes to step and weights reports; returns the unsubscribe function. */
  on<event extends keyof Events>(event: event, listener: (report: Events[event]) => void): () => void;
}

/**
 * Creates a validator: at every new head (every `stepEveryBlocks`, never overlapping) a step syncs the metagraph,
 * samples the serving miners, builds each challenge from `challengeSeed(block hash, hotkey, step)`, runs the query
 * jobs through the queue under one deadline, and folds the scores into moving averages keyed by hotkey (a miner with
 * no valid answer scores 0), then persists. Independently, at every head, weights are set (or committed and revealed)
 * when due. Schedules come from blocks, never from wall-clock sleeps.
 *
 * @example
 * const client = await createSubtensorClient({ url: 'ws://127.0.0.1:9944' });
 * const validator = createValidator({ client, signer, netuid: 1, synapse: Dummy, challenge, score,
 *   dendrite: createDendrite({ signer }), store: createFileScoreStore({ path: 'state.json' }) });
 * await validator.start();
 */
export function createValidator<synapse extends Synapse>(
  options: CreateValidatorOptions<synapse>,
): Validator {
  const { signer, netuid, challenge } = options;
  const config = resolveValidatorConfig(options.config);
  if (options.chain === undefined && options.client === undefined) {
    throw new ValidatorError('VALIDATOR_CONFIG_INVALID', 'pass `client` (the SDK chain client) or `chain`');
  }
  if (options.queue === undefined && (options.dendrite === undefined || options.score === undefined)) {
    throw new ValidatorError('VALIDATOR_CONFIG_INVALID', 'pass `queue`, or `dendrite` and `score`');
  }
  const chain = options.chain ?? createSubtensorValidatorChain({ client: options.client, signer });
  // A queue the caller passes is the caller's to close; the one built here is closed by close().
  const ownQueue =
    options.queue === undefined
      ? createInProcessQueue({
          processor: createQueryProcessor({
            dendrite: options.dendrite,
            synapse: options.synapse,
            score: options.score,
          }),
          concurrency: config.concurrency,
        })
      : undefined;
  const queue = options.queue ?? (ownQueue as JobQueue);
  const metrics = options.metrics ?? createValidatorMetrics();
  const store = options.store ?? createMemoryScoreStore();
  const logger = (options.logger ?? silentLogger).child({ component: 'validator', netuid });
  const listeners: { [event in keyof Events]: Set<(report: Events[event]) => void> } = {
    step: new Set(),
    weights: new Set(),
  };

  let scores: ScoreTable = new Map();
  /** One past the last completed step (persisted); `nextStep` numbers the next step in this process. */
  let step = 0;
  let nextStep = 0;
  const ledger: Pick<ValidatorState, 'lastWeightsBlock' | 'pendingCommit'> = {
    lastWeightsBlock: null,
    pendingCommit: null,
  };
  let lastHead: ChainHead | undefined;
  let lastHeadAt = 0;
  let lastStepBlock = Number.NEGATIVE_INFINITY;
  let started = false;
  let unsubscribe: (() => void) | undefined;

  let saving: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    const state: ValidatorState = { netuid, hotkey: signer.address, step, scores, ...ledger };
    saving = saving.then(
      () => store.save(state),
      () => store.save(state),
    );
    return saving.catch((error: unknown) =>
      logger.error({ err: error }, 'could not persist the validator state'),
    );
  };

  const emit = <event extends keyof Events>(event: event, report: Events[event]) => {
    for (const listener of listeners[event]) listener(report);
  };

  const emitter = createWeightEmitter({
    chain,
    netuid,
    hotkey: signer.address,
    config,
    logger,
    metrics,
    ledger,
    scores: () => scores,
    persist,
    report: (report) => emit('weights', report),
  });

  async function runStep(head: ChainHead): Promise<void> {
    const started = performance.now();
    // One deadline for the whole step, metagraph sync included.
    const deadlineMs = Date.now() + config.queryTimeoutMs;
    // A step number is used once in a process, even by a step that fails: job ids (`netuid:step:uid`) are not reused.
    const number = nextStep++;
    const seed = challengeSeed({ blockHash: head.hash, hotkey: signer.address, step: number });
    const synced = await chain.getMetagraph({ netuid, blockHash: head.hash });
    scores = retainRegistered(scores, new Set(synced.neurons.map((n) => n.hotkey)));
    const miners = sampleMiners({
      metagraph: synced,
      self: signer.address,
      seed,
      ...(config.sampleSize === undefined ? {} : { sampleSize: config.sampleSize }),
    });
    const jobs: QueryJob[] = miners.map((miner) => {
      const context = { netuid, step: number, block: head.number, uid: miner.uid, hotkey: miner.hotkey };
      let query: unknown;
      try {
        query = challenge(seed, context);
      } catch (cause) {
        throw new ValidatorError('VALIDATOR_CHALLENGE_FAILED', `challenge() threw for uid ${miner.uid}`, {
          cause,
        });
      }
      return {
        id: `${netuid}:${number}:${miner.uid}`,
        netuid,
        step: number,
        seed,
        uid: miner.uid,
        hotkey: miner.hotkey,
        axon: { ...miner.axon, hotkey: miner.hotkey },
        challenge: query,
        deadlineMs,
      };
    });
    const queryStarted = performance.now();
    const returned = jobs.length === 0 ? [] : await queue.run(jobs, { deadlineMs });
    const queryMs = performance.now() - queryStarted;
    const byId = new Map(returned.map((r) => [r.id, r]));
    const results = jobs.map(
      (job): JobResult =>
        byId.get(job.id) ?? {
          id: job.id,
          uid: job.uid,
          hotkey: job.hotkey,
          score: 0,
          status: 0,
          elapsedMs: 0,
          error: 'missing',
        },
    );
    scores = updateScores(
      scores,
      results.map((r, i) => ({ hotkey: jobs[i].hotkey, score: r.hotkey === jobs[i].hotkey ? r.score : 0 })),
      config.alpha,
    );
    step = number + 1;
    await persist();

    for (const r of results)
      metrics.queries.inc({ status: r.error === 'missing' ? 'missing' : String(r.status) });
    metrics.minerScore.reset();
    for (const n of synced.neurons)
      metrics.minerScore.set({ uid: String(n.uid), hotkey: n.hotkey }, scores.get(n.hotkey) ?? 0);
    const durationMs = performance.now() - started;
    metrics.stepDuration.observe(durationMs / 1000);
    metrics.steps.inc({ outcome: 'completed' });
    const responded = results.filter((r) => r.score > 0).length;
    logger.info(
      {
        step: number,
        block: head.number,
        queried: jobs.length,
        responded,
        durationMs: Math.round(durationMs),
      },
      'step completed',
    );
    // Per miner, at debug: what it answered this step and where its moving average stands.
    logger.debug(
      {
        step: number,
        miners: results.map((r, i) => ({
          uid: jobs[i].uid,
          hotkey: jobs[i].hotkey,
          status: r.status,
          score: r.score,
          average: scores.get(jobs[i].hotkey) ?? 0,
          elapsedMs: Math.round(r.elapsedMs),
          ...(r.error === undefined ? {} : { error: r.error }),
        })),
      },
      'step scores',
    );
    emit('step', {
      step: number,
      block: head.number,
      seed,
      queried: jobs.length,
      responded,
      durationMs,
      queryMs,
      results,
    });
  }

  const steps = createLatestHeadRunner(async (head) => {
    if (head.number < lastStepBlock + config.stepEveryBlocks) return;
    lastStepBlock = head.number;
    try {
      await runStep(head);
    } catch (error) {
      metrics.steps.inc({ outcome: 'failed' });
      logger.error({ err: error, block: head.number, step }, 'step failed; the next block starts another');
    }
  });
  const weights = createLatestHeadRunner(async (head) => {
    try {
      await emitter.tick(head);
    } catch (error) {
      metrics.weightsOutcomes.inc({ action: 'tick', outcome: 'error' });
      logger.error({ err: error, block: head.number }, 'weights check failed; retrying at the next block');
    }
  });

  return {
    config,
    metrics,
    async start() {
      if (started) throw new ValidatorError('VALIDATOR_ALREADY_STARTED', 'start() was already called');
      started = true;
      const restored = await store.load();
      if (restored !== undefined) {
        if (restored.netuid !== netuid || restored.hotkey !== signer.address) {
          throw new ValidatorError(
            'VALIDATOR_STORE_MISMATCH',
            `the store holds netuid ${restored.netuid} / hotkey ${restored.hotkey}, not netuid ${netuid} / ${signer.address}; use another store path`,
          );
        }
        scores = restored.scores;
        step = restored.step;
        nextStep = restored.step;
        ledger.lastWeightsBlock = restored.lastWeightsBlock;
        ledger.pendingCommit = restored.pendingCommit;
        if (restored.lastWeightsBlock !== null) metrics.lastWeightsBlock.set(restored.lastWeightsBlock);
        logger.info(
          { step, miners: scores.size, lastWeightsBlock: ledger.lastWeightsBlock },
          'state restored',
        );
      }
      const current = await chain.getMetagraph({ netuid });
      if (!current.neurons.some((n) => n.hotkey === signer.address)) {
        throw new ValidatorError(
          'VALIDATOR_NOT_REGISTERED',
          `hotkey ${signer.address} is not registered on netuid ${netuid}: register it (subnetkit subnets register) and stake before starting`,
        );
      }
      unsubscribe = await chain.subscribeHeads((head) => {
        lastHead = head;
        lastHeadAt = Date.now();
        metrics.block.set(head.number);
        steps.push(head);
        weights.push(head);
      });
    },
    async close() {
      unsubscribe?.();
      unsubscribe = undefined;
      await Promise.all([steps.idle(), weights.idle()]);
      await saving.catch(() => undefined);
      await ownQueue?.close();
    },
    scores: () => scores,
    health: () => ({
      healthy: started && lastHead !== undefined && Date.now() - lastHeadAt <= config.healthMaxHeadAgeMs,
      block: lastHead?.number ?? null,
      step,
      lastWeightsBlock: ledger.lastWeightsBlock,
    }),
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
