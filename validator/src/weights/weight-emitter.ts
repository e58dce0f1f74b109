import { randomBytes } from 'node:crypto';
import type { Logger } from '@subnetkit/sdk';
import { generateWeightHash } from '@subnetkit/sdk';
import type { ChainHead, ValidatorChain, WeightsOutcome } from '../chain/validator-chain.js';
import type { ValidatorConfig } from '../config/validator-config.js';
import type { ValidatorMetrics } from '../metrics/validator-metrics.js';
import type { ScoreTable } from '../scores/score-table.js';
import type { PendingCommit } from '../store/validator-state.js';
import { computeWeights } from './compute-weights.js';

/**
 * What one weights extrinsic did, as the validator reports it (`validator.on('weights', …)`).
 *
 * @example
 * validator.on('weights', (report: WeightsReport) => console.log(report.action, report.outcome.kind));
 */
export type WeightsReport = {
  action: 'set' | 'commit' | 'reveal';
  /** The head that triggered it. */
  block: number;
  outcome: WeightsOutcome;
  uids: number[];
  values: number[];
};

/** The validator state the emitter reads and writes. */
export type WeightsLedger = {
  lastWeightsBlock: number | null;
  pendingCommit: PendingCommit | null;
};

/** Parameters of {@link createWeightEmitter}. */
export type WeightEmitterParameters = {
  chain: ValidatorChain;
  netuid: number;
  hotkey: string;
  config: ValidatorConfig;
  logger: Logger;
  metrics: ValidatorMetrics;
  ledger: WeightsLedger;
  /** The scores now, and whether any exist yet (restored or from a step). */
  scores: () => ScoreTable;
  /** Persists the ledger change. */
  persist: () => Promise<void>;
  report: (report: WeightsReport) => void;
};

/**
 * Decides, at each head, whether weights are due and emits them: `set_weights` with the subnet's version key; on
 * commit-reveal subnets a CR-v4 timelocked commit that the chain reveals itself (the validator logs and exports the
 * expected reveal block and notices when the commit is revealed), or on chains before CR-v4 a `commit_weights`
 * whose reveal it sends in the epoch the chain expects it. Weights are due
 * `weightsEveryBlocks` (default: tempo) after the last accepted ones and no sooner than the rate limit; a refusal is
 * logged, counted and retried at the next head (or at the block the chain names), so a tempo is never skipped
 * silently.
 *
 * @example
 * const emitter = createWeightEmitter({ chain, netuid, hotkey, config, logger, metrics, ledger, scores, persist, report });
 * await emitter.tick(head);
 */
export function createWeightEmitter(parameters: WeightEmitterParameters): {
  tick(head: ChainHead): Promise<void>;
} {
  const { chain, netuid, hotkey, config, logger, metrics, ledger } = parameters;
  let retryAt = 0;
  /** The last CR-v4 commit, until the chain has revealed it. */
  let awaitingReveal: {
    block: number;
    expectedRevealBlock: number;
    uids: number[];
    values: number[];
  } | null = null;

  const record = (
    action: WeightsReport['action'],
    head: ChainHead,
    outcome: WeightsOutcome,
    uids: number[],
    values: number[],
  ) => {
    const label = outcome.kind === 'Refused' ? outcome.reason : outcome.kind;
    metrics.weightsOutcomes.inc({ action, outcome: label });
    const fields = { action, block: head.number, outcome: label, uids: uids.length };
    if (outcome.kind === 'ok')
      logger.info({ ...fields, landedIn: outcome.block }, `weights ${action} accepted`);
    else if (outcome.kind === 'committed')
      logger.info(
        {
          ...fields,
          landedIn: outcome.block,
          revealRound: outcome.revealRound.toString(),
          expectedRevealBlock: outcome.expectedRevealBlock,
        },
        'weights committed (CR-v4); the chain reveals them itself',
      );
    else if (outcome.kind === 'RevealTooEarly') logger.debug(fields, 'reveal too early; waiting');
    else logger.warn({ ...fields, detail: outcome }, `weights ${action} refused; retrying`);
    if (outcome.kind === 'RateLimited') retryAt = outcome.nextBlock;
    parameters.report({ action, block: head.number, outcome, uids, values });
  };

  const accept = async (block: number) => {
    ledger.lastWeightsBlock = block;
    metrics.lastWeightsBlock.set(block);
    await parameters.persist();
  };

  async function reveal(head: ChainHead, pending: PendingCommit, revealPeriodEpochs: number): Promise<void> {
    const epoch = await chain.getEpochIndex({ netuid, blockHash: head.hash });
    const revealEpoch = pending.commitEpoch + revealPeriodEpochs;
    if (epoch < revealEpoch) return;
    if (epoch > revealEpoch) {
      logger.warn(
        { commitEpoch: pending.commitEpoch, epoch },
        'weight commit expired before its reveal; committing again',
      );
      ledger.pendingCommit = null;
      ledger.lastWeightsBlock = null;
      await parameters.persist();
      return;
    }
    const outcome = await chain.revealWeights({
      netuid,
      uids: pending.uids,
      values: pending.values,
      salt: pending.salt,
      versionKey: BigInt(pending.versionKey),
    });
    record('reveal', head, outcome, pending.uids, pending.values);
    if (outcome.kind === 'RevealTooEarly' || outcome.kind === 'RateLimited') return;
    ledger.pendingCommit = null;
    if (outcome.kind !== 'ok') ledger.lastWeightsBlock = null; // the commit is lost: commit again now
    await parameters.persist();
  }

  /** Once the expected reveal block has passed, asks the chain whether the CR-v4 commit is revealed yet. */
  async function noticeReveal(head: ChainHead): Promise<void> {
    if (awaitingReveal === null || head.number < awaitingReveal.expectedRevealBlock) return;
    if ((await chain.countTimelockedCommits({ netuid })) > 0) return;
    logger.info(
      { block: head.number, committedIn: awaitingReveal.block, expected: awaitingReveal.expectedRevealBlock },
      'weights revealed by the chain',
    );
    metrics.expectedRevealBlock.set(0);
    metrics.weightsOutcomes.inc({ action: 'reveal', outcome: 'ok' });
    const { uids, values } = awaitingReveal;
    awaitingReveal = null;
    parameters.report({
      action: 'reveal',
      block: head.number,
      outcome: { kind: 'ok', block: head.number, blockHash: head.hash },
      uids,
      values,
    });
  }

  async function tick(head: ChainHead): Promise<void> {
    await noticeReveal(head);
    const settings = await chain.getWeightsSettings({ netuid });
    if (ledger.pendingCommit !== null) {
      await reveal(head, ledger.pendingCommit, settings.revealPeriodEpochs);
      return;
    }
    if (parameters.scores().size === 0) return;
    const every = Math.max(config.weightsEveryBlocks ?? settings.tempo, settings.weightsRateLimit);
    if (ledger.lastWeightsBlock !== null && head.number - ledger.lastWeightsBlock < every) return;
    if (head.number < retryAt) return;
    // The uids of this very block, so each weight goes to the hotkey registered there now.
    const metagraph = await chain.getMetagraph({ netuid, blockHash: head.hash });
    const { uids, values } = computeWeights({
      scores: parameters.scores(),
      metagraph,
      settings,
      self: hotkey,
    });
    const versionKey = settings.versionKey;
    if (settings.commitRevealEnabled && (settings.commitRevealVersion ?? 0) >= 4) {
      // `setWeights` commits CR-v4 where commit-reveal is on.
      const outcome = await chain.setWeights({ netuid, uids, values, versionKey });
      record('commit', head, outcome, uids, values);
      if (outcome.kind !== 'committed') return;
      awaitingReveal = {
        block: outcome.block,
        expectedRevealBlock: outcome.expectedRevealBlock,
        uids,
        values,
      };
      metrics.expectedRevealBlock.set(outcome.expectedRevealBlock);
      await accept(outcome.block);
      return;
    }
    if (!settings.commitRevealEnabled) {
      const outcome = await chain.setWeights({ netuid, uids, values, versionKey });
      record('set', head, outcome, uids, values);
      if (outcome.kind === 'ok') await accept(outcome.block);
      return;
    }
    const salt = Array.from(new Uint16Array(randomBytes(16).buffer, 0, 8));
    const hash = generateWeightHash({ hotkey, netuid, uids, values, salt, versionKey });
    const outcome = await chain.commitWeights({ netuid, uids, values, salt, versionKey });
    record('commit', head, outcome, uids, values);
    if (outcome.kind !== 'ok') return;
    const commitEpoch = await chain.getEpochIndex({ netuid, blockHash: outcome.blockHash });
    ledger.pendingCommit = {
      hash,
      uids,
      values,
      salt,
      versionKey: versionKey.toString(),
      commitBlock: outcome.block,
      commitEpoch,
    };
    await accept(outcome.block);
  }

  return { tick };
}
