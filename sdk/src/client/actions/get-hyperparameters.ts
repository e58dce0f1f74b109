import type { Codec } from '@polkadot/types/types';
import { SdkError } from '../../errors/sdk-error.js';
import { bigintOf, booleanOf, numberOf, optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getHyperparameters}.
 *
 * @example
 * const parameters: GetHyperparametersParameters = { netuid: 1 };
 */
export type GetHyperparametersParameters = { netuid: number } & ReadOptions;

/**
 * A subnet's hyperparameters as `SubnetInfoRuntimeApi.get_subnet_hyperparams_v2` returns them (subtensor's
 * `SubnetHyperparamsV2`), camel-cased. u16 values are numbers, u64 values bigints; `maxWeightsLimit` is in u16
 * units (65535 = no limit); `alphaSigmoidSteepness` is the I32F32 value as a number.
 *
 * @example
 * const { tempo, weightsRateLimit, commitRevealWeightsEnabled }: SubnetHyperparameters =
 *   await getHyperparameters(client, { netuid: 1 });
 */
export type SubnetHyperparameters = {
  readonly rho: number;
  readonly kappa: number;
  readonly immunityPeriod: number;
  readonly minAllowedWeights: number;
  readonly maxWeightsLimit: number;
  readonly tempo: number;
  readonly minDifficulty: bigint;
  readonly maxDifficulty: bigint;
  readonly weightsVersion: bigint;
  readonly weightsRateLimit: bigint;
  readonly adjustmentInterval: number;
  readonly activityCutoff: bigint;
  readonly registrationAllowed: boolean;
  readonly targetRegsPerInterval: number;
  readonly minBurn: bigint;
  readonly maxBurn: bigint;
  readonly bondsMovingAvg: bigint;
  readonly maxRegsPerBlock: number;
  readonly servingRateLimit: bigint;
  readonly maxValidators: number;
  readonly adjustmentAlpha: bigint;
  readonly difficulty: bigint;
  readonly commitRevealPeriod: bigint;
  readonly commitRevealWeightsEnabled: boolean;
  readonly alphaHigh: number;
  readonly alphaLow: number;
  readonly liquidAlphaEnabled: boolean;
  readonly alphaSigmoidSteepness: number;
  readonly yumaVersion: number;
  readonly subnetIsActive: boolean;
  readonly transfersEnabled: boolean;
  readonly bondsResetEnabled: boolean;
  readonly userLiquidityEnabled: boolean;
};

type Kind = 'number' | 'bigint' | 'boolean' | 'fixed';

/** Every field of `SubnetHyperparamsV2` with how it is read. */
const FIELDS: { readonly [K in keyof SubnetHyperparameters]: Kind } = {
  rho: 'number',
  kappa: 'number',
  immunityPeriod: 'number',
  minAllowedWeights: 'number',
  maxWeightsLimit: 'number',
  tempo: 'number',
  minDifficulty: 'bigint',
  maxDifficulty: 'bigint',
  weightsVersion: 'bigint',
  weightsRateLimit: 'bigint',
  adjustmentInterval: 'number',
  activityCutoff: 'bigint',
  registrationAllowed: 'boolean',
  targetRegsPerInterval: 'number',
  minBurn: 'bigint',
  maxBurn: 'bigint',
  bondsMovingAvg: 'bigint',
  maxRegsPerBlock: 'number',
  servingRateLimit: 'bigint',
  maxValidators: 'number',
  adjustmentAlpha: 'bigint',
  difficulty: 'bigint',
  commitRevealPeriod: 'bigint',
  commitRevealWeightsEnabled: 'boolean',
  alphaHigh: 'number',
  alphaLow: 'number',
  liquidAlphaEnabled: 'boolean',
  alphaSigmoidSteepness: 'fixed',
  yumaVersion: 'number',
  subnetIsActive: 'boolean',
  transfersEnabled: 'boolean',
  bondsResetEnabled: 'boolean',
  userLiquidityEnabled: 'boolean',
};

const I32F32_ONE = 2 ** 32;

function read(codec: Codec, kind: Kind): number | bigint | boolean {
  switch (kind) {
    case 'number':
      return numberOf(codec);
    case 'bigint':
      return bigintOf(codec);
    case 'boolean':
      return booleanOf(codec);
    case 'fixed':
      return Number(bigintOf((codec as Codec & { bits: Codec }).bits)) / I32F32_ONE;
  }
}

/**
 * Reads a subnet's hyperparameters in one runtime-API call (`SubnetInfoRuntimeApi.get_subnet_hyperparams_v2`).
 * Throws `SDK_SUBNET_NOT_FOUND` for an unknown subnet.
 *
 * @example
 * const hp = await getHyperparameters(client, { netuid: 1 });
 * console.log(hp.tempo, hp.weightsRateLimit, hp.commitRevealWeightsEnabled);
 */
export async function getHyperparameters(
  client: SubtensorClient,
  parameters: GetHyperparametersParameters,
): Promise<SubnetHyperparameters> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const answer = await readChain(
    client,
    'SubnetInfoRuntimeApi.get_subnet_hyperparams_v2',
    (api) => api.call.subnetInfoRuntimeApi.getSubnetHyperparamsV2(netuid),
    deadlineArgument(parameters.deadlineMs),
  );
  const struct = optionOf(answer) as (Codec & { get(key: string): Codec | undefined }) | undefined;
  if (struct === undefined) throw new SdkError('SDK_SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist.`);
  const entries = Object.entries(FIELDS).map(([key, kind]) => {
    const codec = struct.get(key);
    if (codec === undefined) {
      throw new SdkError('SDK_RPC_FAILED', `The node's SubnetHyperparamsV2 has no field ${key}.`);
    }
    return [key, read(codec, kind)];
  });
  return Object.fromEntries(entries) as SubnetHyperparameters;
}
