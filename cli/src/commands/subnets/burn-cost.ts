import { getBurnCost, getLockCost } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { CHAIN_OPTIONS, JSON_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';

/** `subnetkit subnets burn-cost`: what `subnets create` locks now, and with --netuid what `register` burns there. */
export const subnetsBurnCost: Subcommand = {
  options: [
    {
      name: 'netuid',
      type: 'string',
      placeholder: 'N',
      description: 'also show the registration burn of this subnet',
    },
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit subnets burn-cost', 'subnetkit subnets burn-cost --netuid 1 --json'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.has('netuid') ? options.netuid() : undefined;
    const client = await connectClient(context);
    const lockCost = await getLockCost(client);
    let registrationBurn: bigint | undefined;
    try {
      registrationBurn = netuid === undefined ? undefined : await getBurnCost(client, { netuid });
    } catch (error) {
      throw explainChainError(error, { ...(netuid === undefined ? {} : { netuid }) });
    }
    if (output.json) {
      return output.printJson({ lockCost, ...(netuid === undefined ? {} : { netuid, registrationBurn }) });
    }
    output.line(`subnet creation (lock): ${formatTao(lockCost, { symbol: true })}`);
    if (registrationBurn !== undefined) {
      output.line(
        `registration on netuid ${netuid} (burn): ${formatTao(registrationBurn, { symbol: true })}`,
      );
    }
  },
};
