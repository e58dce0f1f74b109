import {
  ChainCallError,
  commitWeights,
  getHyperparameters,
  getMetagraph,
  getTimelockedWeightCommits,
  readChain,
  revealWeights,
  SdkError,
  type Signer,
  type SubtensorClient,
  setWeights,
  U16_MAX,
} from '@subnetkit/sdk';
import type {
  MetagraphView,
  ValidatorChain,
  WeightsCommitParameters,
  WeightsOutcome,
} from './validator-chain.js';

/**
 * Parameters of {@link createSubtensorValidatorChain}.
 *
 * @example
 * const parameters: SubtensorValidatorChainParameters = { client: await createSubtensorClient({ url }), signer };
 */
export type SubtensorValidatorChainParameters = {
  /** The SDK's chain client. */
  client: SubtensorClient;
  /** The validator's hotkey; weights are signed with it. */
  signer: Signer;
};

/**
 * The {@link ValidatorChain} over the SDK: heads from `chain_subscribeNewHeads` (resumed by the client after a
 * reconnection), the metagraph from `getMetagraph` (one runtime-API call at the step's block), weights settings from
 * `getHyperparameters`, and `setWeights` / `commitWeights` / `revealWeights` with their typed results. A chain
 * refusal comes back as a {@link WeightsOutcome} under its subtensor name, an SDK failure (pool, fees, deadline,
 * connection) as `Refused` with its `SDK_…` code; only programming errors throw.
 *
 * @example
 * const client = await createSubtensorClient({ url: 'ws://127.0.0.1:9944' });
 * const chain = createSubtensorValidatorChain({ client, signer });
 * const validator = createValidator({ chain, signer, netuid: 1, synapse, challenge, queue });
 */
export function createSubtensorValidatorChain(parameters: SubtensorValidatorChainParameters): ValidatorChain {
  const { client, signer } = parameters;
  /** A commit and its reveal send the same fields (the salted weights) and answer with their block. */
  const sendSalted =
    (submit: typeof commitWeights | typeof revealWeights) =>
    ({ netuid, uids, values, salt, versionKey }: WeightsCommitParameters): Promise<WeightsOutcome> =>
      outcomeOf(async () => {
        const result = await submit(client, { signer, netuid, uids, weights: values, salt, versionKey });
        return { kind: 'ok', block: result.block, blockHash: result.blockHash };
      });
  return {
    async subscribeHeads(onHead) {
      return client.api.rpc.chain.subscribeNewHeads((header) =>
        onHead({ number: header.number.toNumber(), hash: header.hash.toHex() }),
      );
    },

    async getMetagraph({ netuid, blockHash }): Promise<MetagraphView> {
      const metagraph = await getMetagraph(client, {
        netuid,
        ...(blockHash === undefined ? {} : { block: blockHash as `0x${string}` }),
      });
      return {
        netuid,
        block: metagraph.block,
        neurons: Array.from(metagraph.uids, (uid, i) => {
          const axon = metagraph.axons[i];
          const serving = axon !== undefined && axon.port > 0 && axon.ip !== '0.0.0.0' && axon.ip !== '::';
          return {
            uid,
            hotkey: metagraph.hotkeys[i],
            axon: serving ? { ip: axon.ip, port: axon.port } : undefined,
            validatorPermit: metagraph.validatorPermit[i] === 1,
            lastUpdate: metagraph.lastUpdate[i],
          };
        }),
      };
    },

    async getWeightsSettings({ netuid }) {
      const hp = await getHyperparameters(client, { netuid });
      return {
        tempo: hp.tempo,
        minAllowedWeights: hp.minAllowedWeights,
        maxWeightLimit: hp.maxWeightsLimit / U16_MAX,
        versionKey: hp.weightsVersion,
        weightsRateLimit: Number(hp.weightsRateLimit),
        commitRevealEnabled: hp.commitRevealWeightsEnabled,
        revealPeriodEpochs: Number(hp.commitRevealPeriod),
        commitRevealVersion: await readChain(
          client,
          'SubtensorModule.CommitRevealWeightsVersion',
          async (api) => Number((await api.query.subtensorModule.commitRevealWeightsVersion()).toString()),
        ),
      };
    },

    async getEpochIndex({ netuid, blockHash }) {
      return readChain(client, 'SubtensorModule.SubnetEpochIndex', async (api) => {
        const at = blockHash === undefined ? api : await api.at(blockHash);
        return Number((await at.query.subtensorModule.subnetEpochIndex(netuid)).toString());
      });
    },

    async setWeights({ netuid, uids, values, versionKey }) {
      return outcomeOf(async () => {
        const result = await setWeights(client, { signer, netuid, uids, weights: values, versionKey });
        if (result.kind === 'ok') return { kind: 'ok', block: result.block, blockHash: result.blockHash };
        if (result.kind === 'committed') {
          const { block, blockHash, revealRound, expectedRevealBlock } = result;
          return {
            kind: 'committed',
            block,
            blockHash,
            revealRound,
            expectedRevealBlock: Number(expectedRevealBlock),
          };
        }
        if (result.kind === 'RateLimited') return { kind: 'RateLimited', nextBlock: result.nextBlock };
        return { kind: 'Refused', reason: result.kind, detail: JSON.stringify(result, bigintJson) };
      });
    },

    commitWeights: sendSalted(commitWeights),
    revealWeights: sendSalted(revealWeights),

    async countTimelockedCommits({ netuid }) {
      const commits = await getTimelockedWeightCommits(client, { netuid });
      return commits.filter((commit) => commit.hotkey === signer.address).length;
    },
  };
}

/** Runs a weights call; a chain refusal or an SDK failure becomes an outcome, anything else throws. */
async function outcomeOf(call: () => Promise<WeightsOutcome>): Promise<WeightsOutcome> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ChainCallError) {
      if (error.name === 'RevealTooEarly') return { kind: 'RevealTooEarly' };
      return { kind: 'Refused', reason: error.name, detail: error.message };
    }
    if (error instanceof SdkError) return { kind: 'Refused', reason: error.code, detail: error.shortMessage };
    throw error;
  }
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
