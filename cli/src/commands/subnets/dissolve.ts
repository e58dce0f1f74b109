import { dissolveSubnet } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';

/**
 * `subnetkit subnets dissolve`: the chain's sudo key (//Alice on a devnet) dissolves a subnet — its pool is paid
 * out to the stakers and the subnet is removed (`root_dissolve_network`).
 */
export const subnetsDissolve: Subcommand = {
  options: [NETUID_OPTION, ...SPENDING_OPTIONS],
  examples: ['subnetkit subnets dissolve --netuid 2 --wallet.name alice --yes'],
  async run(context) {
    const { output, options } = context;
    const netuid = options.netuid();
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Dissolve netuid ${netuid}, paying its pool out to its stakers (sudo)?`,
      label: `dissolving netuid ${netuid}`,
      submit: (signer) => dissolveSubnet(client, { signer, netuid }),
      hints: { netuid },
    });
    if (output.json) return output.printJson({ netuid, dissolved: true, block: result.block });
    output.line(`netuid ${netuid} dissolved at block #${result.block}`);
  },
};
