import { JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { listWallets } from '../../wallet/list-wallets.js';

/** `subnetkit wallet list`: the wallets and hotkeys under `--wallet.path`. */
export const walletList: Subcommand = {
  options: [WALLET_OPTIONS.find((o) => o.name === 'wallet.path')!, JSON_OPTION],
  examples: ['subnetkit wallet list', 'subnetkit wallet list --wallet.path /tmp/wallets --json'],
  async run({ options, output }) {
    const path = options.requiredString('wallet.path');
    const wallets = await listWallets(path);
    if (output.json) return output.printJson(wallets);
    if (wallets.length === 0) {
      output.note(`no wallets under ${path}; create one with \`subnetkit wallet create\``);
      return;
    }
    for (const wallet of wallets) {
      output.line(
        `${output.style('bold', wallet.name)}  ${wallet.coldkey ?? output.style('dim', '(no coldkeypub.txt)')}`,
      );
      for (const hotkey of wallet.hotkeys) {
        output.line(`  └ ${hotkey.name}  ${hotkey.address ?? output.style('dim', '(encrypted)')}`);
      }
    }
  },
};
