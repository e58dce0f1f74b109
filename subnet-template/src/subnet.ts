/**
 * The digits subnet in one object: what a validator and a miner need from the owner's room. The
 * `satisfies` clause is where the compiler checks these functions against the framework's contracts.
 */
import type { AxonHandler, ModelRunner } from '@subnetkit/miner';
import type { ChallengeFunction, ScoreFunction } from '@subnetkit/validator';
import { digitsConfig } from './config.js';
import { digitsForward } from './miner.js';
import { Digits } from './protocol.js';
import { digitsChallenge, digitsScore } from './validator.js';

/**
 * The synapse, the validator's challenge and score, the miner's forward, and the settings.
 *
 * @example
 * const queue = createInProcessQueue({ processor: createQueryProcessor({ dendrite, synapse: digitsSubnet.synapse, score: digitsSubnet.score }) });
 * const validator = createValidator({ chain, signer, netuid: digitsSubnet.config.netuid, synapse: digitsSubnet.synapse, challenge: digitsSubnet.challenge, queue });
 */
export const digitsSubnet = {
  config: digitsConfig,
  synapse: Digits,
  challenge: digitsChallenge,
  score: digitsScore,
  forward: digitsForward,
} satisfies {
  config: typeof digitsConfig;
  synapse: typeof Digits;
  challenge: ChallengeFunction<typeof Digits>;
  score: ScoreFunction<typeof Digits>;
  forward: (model: ModelRunner) => AxonHandler;
};
