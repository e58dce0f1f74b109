import { getSubnets } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { shortAddress } from '../../output/short-address.js';

/** `subnetkit subnets list`: every subnet with its token symbol, name, size, tempo, registration cost and owner. */
export const subnetsList: Subcommand = {
  options: [...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets list', 'subnetkit subnets list --json'],
  async run(context) {
    const { output } = context;
    const client = await connectClient(context);
    const subnets = await getSubnets(client);
    if (output.json) return output.printJson(subnets);
    output.table(
      [
        { header: 'netuid', value: (s) => String(s.netuid), align: 'right' },
        { header: 'symbol', value: (s) => s.symbol },
        { header: 'name', value: (s) => s.name },
        { header: 'neurons', value: (s) => `${s.n}/${s.maxUids}`, align: 'right' },
        { header: 'tempo', value: (s) => String(s.tempo), align: 'right' },
        { header: 'burn', value: (s) => formatTao(s.burn, { symbol: true }), align: 'right' },
        {
          header: 'started',
          value: (s) => (s.firstEmissionBlock === undefined ? 'no' : `#${s.firstEmissionBlock}`),
        },
        { header: 'owner', value: (s) => shortAddress(s.owner) },
      ],
      subnets,
    );
  },
};
