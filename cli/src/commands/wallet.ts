import { defineGroup } from '../framework/define-group.js';
import type { Command } from '../main.js';

/** `subnetkit wallet swap-coldkey …`: HEAD's announced coldkey swap. */
const swapColdkeyCommand = defineGroup({
  name: 'wallet swap-coldkey',
  summary:
    'Swap the coldkey: announce the new one, wait the delay, execute; dispute or clear an announcement.',
  subcommands: {
    announce: {
      summary:
        'announce the new coldkey (its hash; τ0.1 recycled); the swap runs after the announcement delay',
      load: async () => (await import('./wallet/swap-coldkey/announce.js')).swapColdkeyAnnounce,
    },
    execute: {
      summary: 'run the announced swap: subnets, hotkeys, stake and all TAO move to the new coldkey',
      load: async () => (await import('./wallet/swap-coldkey/execute.js')).swapColdkeyExecute,
    },
    dispute: {
      summary: 'dispute an announced swap of this coldkey (frozen until root resets it)',
      load: async () => (await import('./wallet/swap-coldkey/dispute.js')).swapColdkeyDispute,
    },
    clear: {
      summary: 'withdraw the announcement (after the reannouncement delay)',
      load: async () => (await import('./wallet/swap-coldkey/clear.js')).swapColdkeyClear,
    },
    status: {
      summary: "show the coldkey's announced swap, when it can run, and any dispute",
      load: async () => (await import('./wallet/swap-coldkey/status.js')).swapColdkeyStatus,
    },
  },
});

const walletGroup = defineGroup({
  name: 'wallet',
  summary: "Keys in Bittensor's wallet layout, balances, transfers and key swaps (`wallet swap-coldkey …`).",
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
    'swap-hotkey': {
      summary:
        'move the hotkey (registrations, axon, takes, children, stake) to a new hotkey, on every subnet or one',
      load: async () => (await import('./wallet/swap-hotkey.js')).walletSwapHotkey,
    },
    overview: {
      summary:
        "the coldkey's balance and its neurons on every subnet (uid, stake, incentive, dividends, emission)",
      load: async () => (await import('./wallet/overview.js')).walletOverview,
    },
    'set-identity': {
      summary: "set the coldkey's on-chain identity: name, web site, GitHub, image, Discord, description",
      load: async () => (await import('./wallet/set-identity.js')).walletSetIdentity,
    },
    'get-identity': {
      summary: 'show the on-chain identity of the coldkey (--ss58: of any address)',
      load: async () => (await import('./wallet/get-identity.js')).walletGetIdentity,
    },
  },
});

/** `subnetkit wallet …` (btcli's `wallet` group); `wallet swap-coldkey …` is the nested coldkey-swap group. */
export const walletCommand: Command = (args, io) =>
  args[0] === 'swap-coldkey' ? swapColdkeyCommand(args.slice(1), io) : walletGroup(args, io);
