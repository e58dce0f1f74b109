import { addStake, getStake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { ensureBalance } from '../../chain/ensure-balance.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { HOTKEY_OPTION, stakeHotkey } from './stake-hotkey.js';

/** `subnetkit stake add`: stakes TAO from the coldkey to a hotkey on a subnet. */
export const stakeAdd: Subcommand = {
  options: [
    NETUID_OPTION,
    { name: 'amount', type: 'string', placeholder: 'TAO', description: 'TAO to stake, e.g. 10 or 0.5' },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: ['subnetkit stake add --netuid 1 --amount 10 --wallet.name owner --yes'],
  async run(context) {
    const { output, options } = context;
    const netuid = options.netuid();
    const amount = options.rao('amount');
    const hotkey = await stakeHotkey(options);
    const owner = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    await ensureBalance(client, { address: owner, needed: amount, purpose: 'this stake' });
    const { coldkey, result } = await spendFromColdkey(context, {
      summary: `Stake ${formatTao(amount, { symbol: true })} to ${hotkey} on netuid ${netuid}?`,
      label: `staking on netuid ${netuid}`,
      submit: (signer) => addStake(client, { signer, hotkey, netuid, amount }),
      hints: { netuid, hotkey },
    });
    const stake = await getStake(client, { hotkey, netuid, coldkey: coldkey.address });
    if (output.json) {
      return output.printJson({
        netuid,
        hotkey,
        coldkey: coldkey.address,
        amount,
        alpha: result.alpha,
        stake,
        block: result.block,
      });
    }
    output.line(
      `staked ${formatTao(amount, { symbol: true })} → ${formatTao(result.alpha)} alpha on netuid ${netuid}; your stake on ${hotkey} is now ${formatTao(stake)}`,
    );
  },
};
