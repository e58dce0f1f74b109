import { getSubnets, setSubnetSymbol } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';

/**
 * `subnetkit subnets set-symbol --netuid N SYMBOL` (btcli `subnets set-symbol`): the owner picks the subnet's token
 * symbol (`update_symbol`), one of subtensor's table that no subnet uses.
 */
export const subnetsSetSymbol: Subcommand = {
  options: [NETUID_OPTION, ...SPENDING_OPTIONS],
  examples: ['subnetkit subnets set-symbol --netuid 1 ω --wallet.name owner --yes'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const [symbol, ...extra] = options.positionals;
    if (symbol === undefined || extra.length > 0) {
      throw new CliError('CLI_USAGE', 'give exactly one symbol', {
        fix: 'e.g. `subnetkit subnets set-symbol --netuid 1 ω`',
      });
    }
    const client = await connectClient(context);
    await spendFromColdkey(context, {
      summary: `Set the token symbol of netuid ${netuid} to ${symbol}?`,
      label: 'setting the symbol',
      submit: (signer) => setSubnetSymbol(client, { signer, netuid, symbol }),
      hints: { netuid },
    });
    const now = (await getSubnets(client)).find((s) => s.netuid === netuid)?.symbol ?? symbol;
    if (output.json) return output.printJson({ netuid, symbol: now });
    output.line(`token symbol of netuid ${netuid}: ${now}`);
  },
};
