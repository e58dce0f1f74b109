import { defineGroup } from '../framework/define-group.js';

/** `subnetkit stake …` (btcli's `stake` group). */
export const stakeCommand = defineGroup({
  name: 'stake',
  summary: 'Stake TAO to hotkeys on subnets, unstake, list.',
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
  },
});
