import { getBalance, getMetagraph, getSubnets } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { listWallets } from '../../wallet/list-wallets.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet overview`: the coldkey's balance and every neuron its hotkeys hold, across subnets. */
export const walletOverview: Subcommand = {
  options: [...WALLET_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit wallet overview --wallet.name owner'],
  async run(context) {
    const { options, output } = context;
    const location = walletLocation(options);
    const coldkey = await coldkeyAddress(location);
    const local = (await listWallets(location.path)).find((w) => w.name === location.name)?.hotkeys ?? [];
    const hotkeyNames = new Map(local.map((h) => [h.address, h.name]));
    const client = await connectClient(context);
    const [{ free }, subnets] = await Promise.all([
      getBalance(client, { address: coldkey }),
      getSubnets(client),
    ]);
    const metagraphs = await output.progress(
      'reading metagraphs',
      Promise.all(subnets.map(({ netuid }) => getMetagraph(client, { netuid }))),
    );
    const neurons = metagraphs.flatMap((m) =>
      [...m.uids]
        .filter((uid) => m.coldkeys[uid] === coldkey)
        .map((uid) => ({
          netuid: m.netuid,
          uid,
          hotkey: m.hotkeys[uid]!,
          hotkeyName: hotkeyNames.get(m.hotkeys[uid]!) ?? null,
          stake: m.stake.totalRao[uid]!,
          incentive: m.incentive[uid]!,
          dividends: m.dividends[uid]!,
          emission: m.emission[uid]!,
          validatorPermit: m.validatorPermit[uid] === 1,
        })),
    );
    if (output.json) return output.printJson({ wallet: location.name, coldkey, balance: free, neurons });
    output.line(`${output.style('bold', location.name)}  ${coldkey}  ${formatTao(free, { symbol: true })}`);
    if (neurons.length === 0) {
      output.line('no registered hotkeys; register one with `subnetkit subnets register --netuid N`');
      return;
    }
    output.table(
      [
        { header: 'netuid', value: (n) => String(n.netuid), align: 'right' },
        { header: 'uid', value: (n) => String(n.uid), align: 'right' },
        { header: 'hotkey', value: (n) => n.hotkeyName ?? n.hotkey },
        { header: 'stake', value: (n) => formatTao(n.stake), align: 'right' },
        { header: 'incentive', value: (n) => n.incentive.toFixed(4), align: 'right' },
        { header: 'dividends', value: (n) => n.dividends.toFixed(4), align: 'right' },
        { header: 'emission', value: (n) => n.emission.toFixed(6), align: 'right' },
        { header: 'vpermit', value: (n) => (n.validatorPermit ? '*' : '') },
      ],
      neurons,
    );
  },
};
