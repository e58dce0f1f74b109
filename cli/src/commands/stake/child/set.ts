import { FULL_PROPORTION, setChildren } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { CliError } from '../../../framework/cli-error.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake-hotkey.js';

/** A fraction text (`0.25`) as a proportion of `u64::MAX`, exactly to 9 decimals. */
function proportion(text: string): bigint {
  if (!/^(0(\.\d{1,9})?|1(\.0{1,9})?)$/.test(text.trim()))
    throw new CliError('CLI_INVALID_OPTION', `--proportions takes fractions between 0 and 1; got ${text}`);
  const [whole = '0', frac = ''] = text.trim().split('.');
  const billionths = BigInt(whole) * 1_000_000_000n + BigInt(frac.padEnd(9, '0'));
  return (FULL_PROPORTION * billionths) / 1_000_000_000n;
}

/**
 * `subnetkit stake child set` (btcli `stake child set`): schedules the wallet hotkey's children on a subnet,
 * `--children` and `--proportions` comma-separated and in the same order.
 */
export const childSet: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'children',
      type: 'string',
      placeholder: 'SS58,…',
      description: 'child hotkeys, comma-separated',
    },
    {
      name: 'proportions',
      type: 'string',
      placeholder: 'F,…',
      description: 'share of the stake each gets, e.g. 0.6,0.4',
    },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake child set --netuid 1 --children 5F…,5G… --proportions 0.6,0.4 --wallet.name me --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const children = options
      .requiredString('children')
      .split(',')
      .map((s) => s.trim());
    const shares = options.requiredString('proportions').split(',').map(proportion);
    if (children.length !== shares.length)
      throw new CliError('CLI_USAGE', `${children.length} children but ${shares.length} proportions`);
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    const list = children.map((child, i) => ({ hotkey: child, proportion: shares[i] ?? 0n }));
    const { result } = await spendFromColdkey(context, {
      summary: `Set ${children.length} child hotkey(s) of ${hotkey} on netuid ${netuid}?`,
      label: 'scheduling children',
      submit: (signer) => setChildren(client, { signer, hotkey, netuid, children: list }),
      hints: { netuid, hotkey },
    });
    if (output.json) return output.printJson({ hotkey, netuid, children: list, block: result.block });
    output.line(
      `children of ${hotkey} scheduled on netuid ${netuid}; they apply after the cooldown, at the next epoch`,
    );
  },
};
