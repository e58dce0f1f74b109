import { getDelegateTake, setDelegateTake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { takeFraction, takeParts } from '../../output/take-fraction.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake/stake-hotkey.js';

/** `subnetkit sudo set-take` (btcli `sudo set-take --take 0.18`): the hotkey's delegate take. */
export const sudoSetTake: Subcommand = {
  options: [
    { name: 'take', type: 'string', placeholder: 'FRACTION', description: 'new delegate take, 0 … 0.18' },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: ['subnetkit sudo set-take --take 0.09 --wallet.name me --yes'],
  async run(context) {
    const { options, output } = context;
    const take = takeParts(options.requiredString('take'));
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    await spendFromColdkey(context, {
      summary: `Set the delegate take of ${hotkey} to ${takeFraction(take)}?`,
      label: 'setting the take',
      submit: (signer) => setDelegateTake(client, { signer, hotkey, take }),
      hints: { hotkey },
    });
    const now = await getDelegateTake(client, { hotkey });
    if (output.json) return output.printJson({ hotkey, take: now, fraction: now / 65_535 });
    output.line(`delegate take of ${hotkey}: ${takeFraction(now)}`);
  },
};
