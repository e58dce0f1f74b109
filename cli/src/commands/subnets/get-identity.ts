import { getSubnetIdentity, getSubnets } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CliError } from '../../framework/cli-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printIdentity, SUBNET_IDENTITY_FLAGS } from '../identity/identity-flags.js';

/** `subnetkit subnets get-identity` (btcli `subnets get-identity`): a subnet's name, token symbol and identity. */
export const subnetsGetIdentity: Subcommand = {
  options: [NETUID_OPTION, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets get-identity --netuid 1', 'subnetkit subnets get-identity --netuid 1 --json'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const client = await connectClient(context);
    const [subnets, identity] = await Promise.all([
      getSubnets(client),
      getSubnetIdentity(client, { netuid }),
    ]);
    const subnet = subnets.find((s) => s.netuid === netuid);
    if (subnet === undefined) {
      throw new CliError('CLI_SUBNET_NOT_FOUND', `netuid ${netuid} does not exist`, {
        fix: 'list the subnets with `subnetkit subnets list`',
      });
    }
    const { name, symbol } = subnet;
    if (output.json) return output.printJson({ netuid, name, symbol, identity: identity ?? null });
    printIdentity(output, `netuid ${netuid}: ${symbol} ${name}`, identity, SUBNET_IDENTITY_FLAGS);
  },
};
