import { createKeypair, getBalance, transfer } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { ensureBalance } from '../../chain/ensure-balance.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet transfer`: sends TAO from the coldkey to an address. */
export const walletTransfer: Subcommand = {
  options: [
    { name: 'dest', type: 'string', placeholder: 'ADDRESS', description: 'destination SS58 address' },
    { name: 'amount', type: 'string', placeholder: 'TAO', description: 'TAO to send, e.g. 1.5' },
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit wallet transfer --wallet.name alice --dest 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --amount 100 --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const dest = options.requiredString('dest');
    try {
      createKeypair({ address: dest });
    } catch (cause) {
      throw new CliError('CLI_INVALID_OPTION', `--dest is not an SS58 address: ${dest}`, { cause });
    }
    const amount = options.rao('amount');
    const from = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    await ensureBalance(client, { address: from, needed: amount, purpose: 'this transfer' });
    const { result } = await spendFromColdkey(context, {
      summary: `Transfer ${formatTao(amount, { symbol: true })} from ${from} to ${dest}?`,
      label: 'transferring',
      submit: (signer) => transfer(client, { signer, to: dest, amount }),
    });
    const after = await getBalance(client, { address: from });
    if (output.json)
      return output.printJson({ from, to: dest, amount, block: result.block, balance: after.free });
    output.line(
      `sent ${formatTao(amount, { symbol: true })} to ${dest} at block #${result.block}; balance now ${formatTao(after.free, { symbol: true })}`,
    );
  },
};
