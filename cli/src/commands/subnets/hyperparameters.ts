import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { readHyperparameters } from '../../chain/read-hyperparameters.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printHyperparameters } from '../../output/print-hyperparameters.js';

/** `subnetkit subnets hyperparameters`: every hyperparameter of a subnet, by btcli's names, and the chain-wide
 * `admin_freeze_window` that bounds its owner. */
export const subnetsHyperparameters: Subcommand = {
  options: [NETUID_OPTION, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets hyperparameters --netuid 1'],
  async run(context) {
    const netuid = context.options.netuid();
    const client = await connectClient(context);
    try {
      printHyperparameters(context.output, netuid, await readHyperparameters(client, netuid));
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
  },
};
