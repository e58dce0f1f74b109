import { setChildren } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake-hotkey.js';

/** `subnetkit stake child revoke` (btcli `stake child revoke`): schedules an empty children list. */
export const childRevoke: Subcommand = {
  options: [NETUID_OPTION, HOTKEY_OPTION, ...SPENDING_OPTIONS],
  examples: ['subnetkit stake child revoke --netuid 1 --wallet.name me --yes'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Revoke every child hotkey of ${hotkey} on netuid ${netuid}?`,
      label: 'revoking children',
      submit: (signer) => setChildren(client, { signer, hotkey, netuid, children: [] }),
      hints: { netuid, hotkey },
    });
    if (output.json) return output.printJson({ hotkey, netuid, children: [], block: result.block });
    output.line(`children of ${hotkey} on netuid ${netuid} revoked (after the cooldown, at the next epoch)`);
  },
};
