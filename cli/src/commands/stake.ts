import { defineGroup } from '../framework/define-group.js';
import type { Command } from '../main.js';

/** `subnetkit stake child …` (btcli's `stake child` group). */
const childCommand = defineGroup({
  name: 'stake child',
  summary: "Child hotkeys: lend a hotkey's stake to other hotkeys on a subnet, and their take.",
  subcommands: {
    get: {
      summary: "show a hotkey's children, parents and scheduled children on a subnet",
      load: async () => (await import('./stake/child/get.js')).childGet,
    },
    set: {
      summary: "schedule the hotkey's children (applied after the cooldown, at the next epoch)",
      load: async () => (await import('./stake/child/set.js')).childSet,
    },
    revoke: {
      summary: "remove the hotkey's children on a subnet",
      load: async () => (await import('./stake/child/revoke.js')).childRevoke,
    },
    take: {
      summary: 'show or set the childkey take on a subnet',
      load: async () => (await import('./stake/child/take.js')).childTake,
    },
  },
});

const stakeGroup = defineGroup({
  name: 'stake',
  summary:
    'Stake TAO to hotkeys on subnets, unstake, move, transfer, swap, list, claim root emissions; child hotkeys.',
  subcommands: {
    add: {
      summary: "stake TAO from the coldkey to a hotkey on a subnet (bought as the subnet's alpha)",
      load: async () => (await import('./stake/add.js')).stakeAdd,
    },
    remove: {
      summary: 'unstake alpha from a hotkey on a subnet (sold for TAO, paid to the coldkey)',
      load: async () => (await import('./stake/remove.js')).stakeRemove,
    },
    list: {
      summary: "list the coldkey's stakes per hotkey and subnet",
      load: async () => (await import('./stake/list.js')).stakeList,
    },
    move: {
      summary: 'move stake to another hotkey and/or subnet (same coldkey)',
      load: async () => (await import('./stake/move.js')).stakeMove,
    },
    transfer: {
      summary: 'give stake on a hotkey to another coldkey (optionally into another subnet)',
      load: async () => (await import('./stake/transfer.js')).stakeTransfer,
    },
    swap: {
      summary: 'swap stake on a hotkey from one subnet to another (optionally with a price limit)',
      load: async () => (await import('./stake/swap.js')).stakeSwap,
    },
    'claim-root': {
      summary:
        'claim root network emissions on up to five subnets (kept as alpha or swapped to TAO per the claim type)',
      load: async () => (await import('./stake/claim-root.js')).stakeClaimRoot,
    },
    'set-claim-type': {
      summary:
        'set how root emissions are claimed: swap (to TAO, the default), keep (as alpha) or keep-subnets',
      load: async () => (await import('./stake/set-claim-type.js')).stakeSetClaimType,
    },
  },
});

/** `subnetkit stake …` (btcli's `stake` group); `stake child …` is the nested child-hotkey group. */
export const stakeCommand: Command = (args, io) =>
  args[0] === 'child' ? childCommand(args.slice(1), io) : stakeGroup(args, io);
