import { getBalance } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { listWallets } from '../../wallet/list-wallets.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet balance`: free TAO of the wallet's coldkey, of every wallet, or of an address. */
export const walletBalance: Subcommand = {
  options: [
    { name: 'all', type: 'boolean', description: 'every wallet under --wallet.path' },
    { name: 'ss58', type: 'string', placeholder: 'ADDRESS', description: 'an address instead of a wallet' },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit wallet balance --wallet.name owner', 'subnetkit wallet balance --all --json'],
  async run(context) {
    const { options, output } = context;
    const ss58 = options.string('ss58');
    const accounts: { wallet: string | null; address: string }[] =
      ss58 !== undefined
        ? [{ wallet: null, address: ss58 }]
        : options.flag('all')
          ? (await listWallets(options.requiredString('wallet.path')))
              .filter((w) => w.coldkey !== null)
              .map((w) => ({ wallet: w.name, address: w.coldkey! }))
          : [
              {
                wallet: options.requiredString('wallet.name'),
                address: await coldkeyAddress(walletLocation(options)),
              },
            ];
    const client = await connectClient(context);
    const balances = await Promise.all(
      accounts.map(async (account) => ({
        ...account,
        ...(await getBalance(client, { address: account.address })),
      })),
    );
    if (output.json) return output.printJson(balances);
    output.table(
      [
        { header: 'wallet', value: (b) => b.wallet ?? '' },
        { header: 'coldkey', value: (b) => b.address },
        { header: 'free', value: (b) => formatTao(b.free, { symbol: true }), align: 'right' },
        { header: 'reserved', value: (b) => formatTao(b.reserved, { symbol: true }), align: 'right' },
      ],
      balances,
    );
  },
};
