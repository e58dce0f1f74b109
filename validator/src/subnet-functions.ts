import type { Synapse, SynapseRequest, SynapseResponse } from '@subnetkit/sdk';

/**
 * What a `challenge()` may depend on besides the seed.
 *
 * @example
 * const context: ChallengeContext = { netuid: 1, step: 42, block: 1200, uid: 3, hotkey: '5F…' };
 */
export type ChallengeContext = {
  netuid: number;
  step: number;
  /** The block that started the step. */
  block: number;
  /** The miner being challenged. */
  uid: number;
  hotkey: string;
};

/**
 * Builds one miner's query, deterministically from the step's seed (see `challengeSeed`, `seededRandom`). Must be
 * pure: same seed and context, same query. Ignore `uid`/`hotkey` to send every miner the same query. The query must
 * be JSON-serialisable (it travels through Redis with the BullMQ queue).
 *
 * @example
 * const challenge: ChallengeFunction<typeof Dummy> = (seed) => ({ dummy_input: seededRandom(seed).int(1000) });
 */
export type ChallengeFunction<synapse extends Synapse> = (
  seed: string,
  context: ChallengeContext,
) => SynapseRequest<synapse>;

/**
 * What a `score()` may depend on besides the query and the answer.
 *
 * @example
 * const context: ScoreContext = { netuid: 1, step: 42, seed: '0x5f3a…', uid: 3, hotkey: '5F…', elapsedMs: 85 };
 */
export type ScoreContext = {
  netuid: number;
  step: number;
  /**
   * The seed `challenge()` got for this query: a score can rebuild from it what the challenge kept from the miner
   * (the labels of generated items), in any process, without state shared with the challenge.
   */
  seed: string;
  uid: number;
  hotkey: string;
  elapsedMs: number;
};

/**
 * Scores one valid answer in [0, 1]. Only called for answers that arrived in time and match the synapse's response
 * schema; anything else already scores 0. A result that is not a finite number in [0, 1], or a throw, also scores 0.
 *
 * @example
 * const score: ScoreFunction<typeof Dummy> = (query, response) => (response.dummy_output === query.dummy_input * 2 ? 1 : 0);
 */
export type ScoreFunction<synapse extends Synapse> = (
  query: SynapseRequest<synapse>,
  response: SynapseResponse<synapse>,
  context: ScoreContext,
) => number | Promise<number>;
