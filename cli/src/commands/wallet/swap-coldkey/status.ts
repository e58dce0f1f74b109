import { getColdkeySwapStatus } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { coldkeyAddress } from '../../../wallet/load-keys.js';
import { walletLocation } from '../../../wallet/wallet-location.js';

/** `subnetkit wallet swap-coldkey status` (btcli `wallet swap-check`): the coldkey's announced swap and dispute. */
export const swapColdkeyStatus: Subcommand = {
  options: [
    { name: 'ss58', type: 'string', placeholder: 'SS58', description: 'any coldkey (default: the wallet’s)' },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit wallet swap-coldkey status --wallet.name me'],
  async run(context) {
    const { options, output } = context;
    const coldkey = options.string('ss58') ?? (await coldkeyAddress(walletLocation(options)));
    const client = await connectClient(context);
    const status = await getColdkeySwapStatus(client, { coldkey });
    const { announcement, disputedAt, block } = status;
    if (output.json)
      return output.printJson({
        coldkey,
        block,
        announcement: announcement ?? null,
        disputedAt: disputedAt ?? null,
      });
    if (announcement === undefined)
      return output.line(`no coldkey swap announced for ${coldkey} (block #${block})`);
    const wait = announcement.executableAt - block;
    output.line(`coldkey ${coldkey}: swap to hash ${announcement.newColdkeyHash} announced`);
    output.line(
      wait > 0
        ? `executable at block #${announcement.executableAt} (in ${wait} blocks)`
        : `executable now (block #${block})`,
    );
    if (disputedAt !== undefined)
      output.line(`disputed at block #${disputedAt}: frozen until root resets it`);
  },
};
