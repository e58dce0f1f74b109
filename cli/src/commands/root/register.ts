import { rootRegister } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CHAIN_OPTIONS, JSON_OPTION, PASSWORD_OPTIONS, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { hotkeyAddress, unlockColdkey } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/**
 * `subnetkit root register` (btcli `root register`): puts the wallet's hotkey on root (netuid 0), signed by its
 * coldkey; on a full root it replaces the member with the least root stake if the hotkey has more.
 */
export const rootRegisterCommand: Subcommand = {
  options: [...WALLET_OPTIONS, ...PASSWORD_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit root register --wallet.name alice --wallet.hotkey default'],
  async run(context) {
    const { output, options } = context;
    const hotkey = await hotkeyAddress(walletLocation(options));
    // The password prompt first, at once; connecting takes a while.
    const coldkey = await unlockColdkey(context);
    const client = await connectClient(context);
    const result = await sendTransaction(
      context,
      'registering on root',
      rootRegister(client, { signer: coldkey, hotkey }),
      { netuid: 0, hotkey },
    );
    if (output.json) return output.printJson({ netuid: 0, uid: result.uid, hotkey, block: result.block });
    output.line(
      `registered ${hotkey} as root uid ${output.style('bold', String(result.uid))} at block #${result.block}`,
    );
  },
};
