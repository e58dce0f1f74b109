import { getStake, transferStake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { alphaAmount, alphaAmountOptions, DEST_NETUID, netuidPair, ORIGIN_NETUID } from './alpha-amount.js';
import { HOTKEY_OPTION, stakeHotkey } from './stake-hotkey.js';

/** `subnetkit stake transfer` (btcli `stake transfer`): gives stake on a hotkey to another coldkey. */
export const stakeTransfer: Subcommand = {
  options: [
    ORIGIN_NETUID,
    DEST_NETUID,
    { name: 'dest', type: 'string', placeholder: 'SS58', description: 'coldkey that receives the stake' },
    ...alphaAmountOptions('transfer', 'stake-all'),
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: ['subnetkit stake transfer --origin-netuid 1 --dest 5F… --amount 10 --wallet.name me --yes'],
  async run(context) {
    const { output, options } = context;
    const [from, to] = netuidPair(options);
    const dest = options.requiredString('dest', 'the coldkey that receives the stake');
    const hotkey = await stakeHotkey(options);
    const owner = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const amount = await alphaAmount(options, client, {
      hotkey,
      netuid: from,
      coldkey: owner,
      allFlag: 'stake-all',
    });
    const { result } = await spendFromColdkey(context, {
      summary: `Transfer ${formatTao(amount)} alpha on ${hotkey} (netuid ${from}) to coldkey ${dest} on netuid ${to}?`,
      label: 'transferring stake',
      submit: (signer) =>
        transferStake(client, { signer, destination: dest, hotkey, fromNetuid: from, toNetuid: to, amount }),
      hints: { netuid: from, hotkey },
    });
    const stake = await getStake(client, { hotkey, netuid: to, coldkey: dest });
    if (output.json)
      return output.printJson({
        hotkey,
        from: { coldkey: owner, netuid: from },
        to: { coldkey: dest, netuid: to },
        amount,
        tao: result.tao,
        stake,
        block: result.block,
      });
    output.line(
      `transferred ${formatTao(amount)} alpha (worth ${formatTao(result.tao, { symbol: true })}); ${dest} now has ${formatTao(stake)} on ${hotkey} in netuid ${to}`,
    );
  },
};
