import { getWeightsVersionKey, type SubtensorClient } from '@subnetkit/sdk';
import type { CommandOptions } from '../../framework/command-options.js';
import type { OptionSpec } from '../../framework/option-spec.js';

/** `--uids`, `--weights`, `--version-key`: the weight vector of weights set/commit/reveal. */
export const WEIGHTS_OPTIONS: readonly OptionSpec[] = [
  { name: 'uids', type: 'string', placeholder: '0,1,2', description: 'uids to weight, comma-separated' },
  {
    name: 'weights',
    type: 'string',
    placeholder: '0.5,0.3,0.2',
    description: 'their weights (normalized for you)',
  },
  {
    name: 'version-key',
    type: 'string',
    placeholder: 'N',
    description: "weights version key (default: the subnet's weights_version)",
  },
];

/**
 * The uids, weights and version key a weights command was given; the version key defaults to the subnet's.
 *
 * @example
 * const { uids, weights, versionKey } = await weightsInput(options, client, netuid);
 */
export async function weightsInput(
  options: CommandOptions,
  client: SubtensorClient,
  netuid: number,
): Promise<{ uids: number[]; weights: number[]; versionKey: bigint }> {
  const uids = options.numberList('uids');
  const weights = options.numberList('weights');
  const given = options.string('version-key');
  const versionKey =
    given === undefined
      ? await getWeightsVersionKey(client, { netuid })
      : BigInt(options.integer('version-key', { min: 0 }));
  return { uids, weights, versionKey };
}
