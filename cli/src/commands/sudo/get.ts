import { connectClient } from '../../chain/connect-client.js';
import { findHyperparameter } from '../../chain/find-hyperparameter.js';
import { readHyperparameters } from '../../chain/read-hyperparameters.js';
import { CliError } from '../../framework/cli-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printHyperparameters } from '../../output/print-hyperparameters.js';

/** `subnetkit sudo get`: one or all hyperparameters of a subnet. */
export const sudoGet: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'param',
      type: 'string',
      placeholder: 'NAME',
      description: 'one hyperparameter, e.g. weights_rate_limit',
    },
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit sudo get --netuid 1', 'subnetkit sudo get --netuid 1 --param tempo --json'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const param = options.string('param');
    const wanted = param === undefined ? undefined : findHyperparameter(param);
    if (wanted !== undefined && 'kind' in wanted)
      throw new CliError(
        'CLI_UNKNOWN_HYPERPARAMETER',
        `${wanted.name} can be set but is not reported by the chain's hyperparameters`,
        {
          fix: 'see `subnetkit subnets show` / `subnets list` for the subnet state',
        },
      );
    const client = await connectClient(context);
    const values = await readHyperparameters(client, netuid);
    const shown = wanted === undefined ? values : { [wanted.name]: values[wanted.name]! };
    printHyperparameters(output, netuid, shown);
  },
};
