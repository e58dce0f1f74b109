import { getAlphaPrice, getSubnets } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';

/** `subnetkit subnets price` (btcli `subnets price`): the current alpha price of one subnet or all. */
export const subnetsPrice: Subcommand = {
  options: [
    { name: 'netuid', type: 'string', placeholder: 'N', description: 'one subnet (default: all)' },
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit subnets price', 'subnetkit subnets price --netuid 1 --json'],
  async run(context) {
    const { options, output } = context;
    const client = await connectClient(context);
    const one = options.integer('netuid', { min: 0, max: 65_535, optional: true });
    const netuids = one === undefined ? (await getSubnets(client)).map((s) => s.netuid) : [one];
    const prices = await Promise.all(
      netuids.map(async (netuid) => ({ netuid, price: await getAlphaPrice(client, { netuid }) })),
    );
    if (output.json) return output.printJson({ prices });
    output.table(
      [
        { header: 'netuid', value: (p) => String(p.netuid), align: 'right' },
        { header: 'price (τ per α)', value: (p) => formatTao(p.price), align: 'right' },
      ],
      prices,
    );
  },
};
