import { readChain, setChildkeyTake } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { takeFraction, takeParts } from '../../../output/take-fraction.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake-hotkey.js';

/**
 * `subnetkit stake child take` (btcli `stake child take`): shows the child hotkey's take on a subnet, or sets it
 * with `--take` (a fraction, e.g. 0.09).
 */
export const childTake: Subcommand = {
  options: [
    NETUID_OPTION,
    { name: 'take', type: 'string', placeholder: 'FRACTION', description: 'new childkey take, 0 … 0.18' },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake child take --netuid 1 --wallet.name me',
    'subnetkit stake child take --netuid 1 --take 0.09 --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    if (options.has('take')) {
      const take = takeParts(options.requiredString('take'));
      await spendFromColdkey(context, {
        summary: `Set the childkey take of ${hotkey} on netuid ${netuid} to ${takeFraction(take)}?`,
        label: 'setting the childkey take',
        submit: (signer) => setChildkeyTake(client, { signer, hotkey, netuid, take }),
        hints: { netuid, hotkey },
      });
    }
    const take = await readChain(client, 'SubtensorModule.ChildkeyTake', async (api) =>
      Number((await api.query.subtensorModule.childkeyTake(hotkey, netuid)).toString()),
    );
    if (output.json) return output.printJson({ hotkey, netuid, take, fraction: take / 65_535 });
    output.line(`childkey take of ${hotkey} on netuid ${netuid}: ${takeFraction(take)}`);
  },
};
