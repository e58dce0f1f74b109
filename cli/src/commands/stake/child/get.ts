import { FULL_PROPORTION, getChildren } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake-hotkey.js';

const percent = (p: bigint) => `${((Number(p) / Number(FULL_PROPORTION)) * 100).toFixed(2)} %`;

/** `subnetkit stake child get` (btcli `stake child get`): a hotkey's children, parents and pending children. */
export const childGet: Subcommand = {
  options: [NETUID_OPTION, HOTKEY_OPTION, ...WALLET_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: [
    'subnetkit stake child get --netuid 1 --wallet.name me',
    'subnetkit stake child get --netuid 1 --hotkey 5F… --json',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    const links = await getChildren(client, { hotkey, netuid });
    if (output.json) return output.printJson({ hotkey, netuid, ...links });
    output.line(output.style('bold', `hotkey ${hotkey} on netuid ${netuid}`));
    if (links.children.length === 0) output.line('no children');
    for (const c of links.children) output.line(`  child  ${c.hotkey}  ${percent(c.proportion)}`);
    for (const p of links.parents) output.line(`  parent ${p.hotkey}  ${percent(p.proportion)}`);
    if (links.pending !== undefined) {
      output.line(`pending (applies at the first epoch after block ${links.pending.coolDownBlock}):`);
      for (const c of links.pending.children) output.line(`  child  ${c.hotkey}  ${percent(c.proportion)}`);
    }
  },
};
