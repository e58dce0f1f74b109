import { getHyperparameters } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { byBtcliName } from '../../chain/hyperparameter-names.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printHyperparameters } from '../../output/print-hyperparameters.js';

/** `subnetkit subnets hyperparameters`: every hyperparameter of a subnet, by btcli's names. */
export const subnetsHyperparameters: Subcommand = {
  options: [NETUID_OPTION, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets hyperparameters --netuid 1'],
  async run(context) {
    const netuid = context.options.netuid();
    const client = await connectClient(context);
    try {
      printHyperparameters(context.output, netuid, byBtcliName(await getHyperparameters(client, { netuid })));
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
  },
};
