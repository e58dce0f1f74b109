import { defineGroup } from '../framework/define-group.js';
import { walletBalance } from './wallet/balance.js';
import { walletCreate } from './wallet/create.js';
import { walletList } from './wallet/list.js';
import { walletNewColdkey } from './wallet/new-coldkey.js';
import { walletNewHotkey } from './wallet/new-hotkey.js';
import { walletOverview } from './wallet/overview.js';
import { walletRegenColdkey } from './wallet/regen-coldkey.js';
import { walletRegenColdkeypub } from './wallet/regen-coldkeypub.js';
import { walletRegenHotkey } from './wallet/regen-hotkey.js';
import { walletTransfer } from './wallet/transfer.js';

/** `subnetkit wallet …` (btcli's `wallet` group). */
export const walletCommand = defineGroup({
  name: 'wallet',
  summary: "Keys in Bittensor's wallet layout, balances and transfers.",
  subcommands: [
    walletList,
    walletCreate,
    walletNewColdkey,
    walletNewHotkey,
    walletRegenColdkey,
    walletRegenColdkeypub,
    walletRegenHotkey,
    walletBalance,
    walletTransfer,
    walletOverview,
  ],
});
