import { getDelegateTake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { takeFraction } from '../../output/take-fraction.js';
import { HOTKEY_OPTION, stakeHotkey } from '../stake/stake-hotkey.js';

/** `subnetkit sudo get-take` (btcli `sudo get-take`): the hotkey's delegate take. */
export const sudoGetTake: Subcommand = {
  options: [HOTKEY_OPTION, ...WALLET_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit sudo get-take --wallet.name me', 'subnetkit sudo get-take --hotkey 5F… --json'],
  async run(context) {
    const { options, output } = context;
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    const take = await getDelegateTake(client, { hotkey });
    if (output.json) return output.printJson({ hotkey, take, fraction: take / 65_535 });
    output.line(`delegate take of ${hotkey}: ${takeFraction(take)}`);
  },
};
