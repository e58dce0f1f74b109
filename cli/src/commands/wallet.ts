import { defineGroup } from '../framework/define-group.js';

/** `subnetkit wallet …` (btcli's `wallet` group). */
export const walletCommand = defineGroup({
  name: 'wallet',
  summary: "Keys in Bittensor's wallet layout, balances and transfers.",
  subcommands: {
    list: {
      summary: 'list the wallets and hotkeys under --wallet.path (public data only)',
      load: async () => (await import('./wallet/list.js')).walletList,
    },
    create: {
      summary: 'create a new coldkey (encrypted) and hotkey, and print their mnemonics',
      load: async () => (await import('./wallet/create.js')).walletCreate,
    },
    'new-coldkey': {
      summary: 'create a new coldkey (encrypted) and print its mnemonic',
      load: async () => (await import('./wallet/new-coldkey.js')).walletNewColdkey,
    },
    'new-hotkey': {
      summary: 'create a new hotkey (unencrypted, as Bittensor does) and print its mnemonic',
      load: async () => (await import('./wallet/new-hotkey.js')).walletNewHotkey,
    },
    'regen-coldkey': {
      summary: 'restore a coldkey from its mnemonic, seed or a development URI',
      load: async () => (await import('./wallet/regen-coldkey.js')).walletRegenColdkey,
    },
    'regen-coldkeypub': {
      summary: 'write coldkeypub.txt from an SS58 address or public key (a watch-only wallet)',
      load: async () => (await import('./wallet/regen-coldkeypub.js')).walletRegenColdkeypub,
    },
    'regen-hotkey': {
      summary: 'restore a hotkey from its mnemonic, seed or a development URI',
      load: async () => (await import('./wallet/regen-hotkey.js')).walletRegenHotkey,
    },
    balance: {
      summary: 'show the free TAO of the coldkey (--all: every wallet; --ss58: any address)',
      load: async () => (await import('./wallet/balance.js')).walletBalance,
    },
    transfer: {
      summary: 'send TAO from the coldkey to an address',
      load: async () => (await import('./wallet/transfer.js')).walletTransfer,
    },
    overview: {
      summary:
        "the coldkey's balance and its neurons on every subnet (uid, stake, incentive, dividends, emission)",
      load: async () => (await import('./wallet/overview.js')).walletOverview,
    },
    'associate-hotkey': {
      summary: 'make the coldkey the owner of a hotkey no coldkey owns yet',
      load: async () => (await import('./wallet/associate-hotkey.js')).walletAssociateHotkey,
    },
  },
});
