import { defineGroup } from '../framework/define-group.js';

/** `subnetkit root …` (btcli's `root` group): the root subnet, netuid 0. */
export const rootCommand = defineGroup({
  name: 'root',
  summary: 'The root subnet (netuid 0): register.',
  subcommands: {
    register: {
      summary: "put the wallet's hotkey on root (replaces the lowest root stake when root is full)",
      load: async () => (await import('./root/register.js')).rootRegisterCommand,
    },
  },
});
