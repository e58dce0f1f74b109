import { EMPTY_SUBNET_IDENTITY, getSubnetIdentity, setSubnetIdentity } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printIdentity, requiredIdentity, SUBNET_IDENTITY_FLAGS } from '../identity/identity-flags.js';

/**
 * `subnetkit subnets set-identity` (btcli `subnets set-identity`): the owner sets the subnet's identity
 * (`set_subnet_identity`); fields not given keep their current value. The name shows in `subnets list`.
 */
export const subnetsSetIdentity: Subcommand = {
  options: [NETUID_OPTION, ...SUBNET_IDENTITY_FLAGS.map(({ option }) => option), ...SPENDING_OPTIONS],
  examples: [
    'subnetkit subnets set-identity --netuid 1 --subnet-name digits --github-repo https://github.com/me/digits --wallet.name owner --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const given = requiredIdentity(options, SUBNET_IDENTITY_FLAGS);
    const client = await connectClient(context);
    const identity = { ...EMPTY_SUBNET_IDENTITY, ...(await getSubnetIdentity(client, { netuid })), ...given };
    await spendFromColdkey(context, {
      summary: `Set the identity of netuid ${netuid} (name ${JSON.stringify(identity.subnetName)})?`,
      label: 'setting the subnet identity',
      submit: (signer) => setSubnetIdentity(client, { signer, netuid, identity }),
      hints: { netuid },
    });
    const stored = await getSubnetIdentity(client, { netuid });
    if (output.json) return output.printJson({ netuid, identity: stored ?? null });
    printIdentity(output, `identity of netuid ${netuid}`, stored, SUBNET_IDENTITY_FLAGS);
  },
};
