import { getStake, moveStake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { alphaAmount, alphaAmountOptions, DEST_NETUID, netuidPair, ORIGIN_NETUID } from './alpha-amount.js';
import { HOTKEY_OPTION, stakeHotkey } from './stake-hotkey.js';

/** `subnetkit stake move` (btcli `stake move`): moves stake to another hotkey and/or subnet, same coldkey. */
export const stakeMove: Subcommand = {
  options: [
    ORIGIN_NETUID,
    DEST_NETUID,
    { name: 'dest', type: 'string', placeholder: 'SS58', description: 'hotkey the stake goes to' },
    ...alphaAmountOptions('move', 'stake-all'),
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake move --origin-netuid 1 --dest-netuid 2 --dest 5F… --amount 10 --wallet.name me --yes',
  ],
  async run(context) {
    const { output, options } = context;
    const [from, to] = netuidPair(options);
    const dest = options.requiredString('dest', 'the hotkey the stake goes to');
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
      summary: `Move ${formatTao(amount)} alpha from ${hotkey} on netuid ${from} to ${dest} on netuid ${to}?`,
      label: 'moving stake',
      submit: (signer) =>
        moveStake(client, {
          signer,
          fromHotkey: hotkey,
          toHotkey: dest,
          fromNetuid: from,
          toNetuid: to,
          amount,
        }),
      hints: { netuid: from, hotkey },
    });
    const stake = await getStake(client, { hotkey: dest, netuid: to, coldkey: owner });
    if (output.json)
      return output.printJson({
        from: { hotkey, netuid: from },
        to: { hotkey: dest, netuid: to },
        amount,
        tao: result.tao,
        stake,
        block: result.block,
      });
    output.line(
      `moved ${formatTao(amount)} alpha (worth ${formatTao(result.tao, { symbol: true })}); your stake on ${dest} in netuid ${to} is now ${formatTao(stake)}`,
    );
  },
};
