import { getHyperparameters, type SubtensorClient } from '@subnetkit/sdk';
import { byBtcliName, CHAIN_PARAMETERS } from './hyperparameter-names.js';

/**
 * A subnet's hyperparameters by btcli name, followed by the chain-wide parameters that bound what its owner may do
 * (`admin_freeze_window`): what `subnets hyperparameters`, `sudo get` and `sudo set` print.
 *
 * @example
 * const values = await readHyperparameters(client, 1);
 * values.tempo; // 10
 * values.admin_freeze_window; // 0
 */
export async function readHyperparameters(
  client: SubtensorClient,
  netuid: number,
): Promise<Record<string, number | bigint | boolean>> {
  const [subnet, ...chain] = await Promise.all([
    getHyperparameters(client, { netuid }),
    ...CHAIN_PARAMETERS.map((parameter) => parameter.read(client)),
  ]);
  return {
    ...byBtcliName(subnet),
    ...Object.fromEntries(CHAIN_PARAMETERS.map((parameter, i) => [parameter.name, chain[i]])),
  };
}
