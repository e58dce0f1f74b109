import { defineGroup } from '../framework/define-group.js';

/** `subnetkit sudo …` (btcli's `sudo` group): subnet hyperparameters. */
export const sudoCommand = defineGroup({
  name: 'sudo',
  summary: 'Read and set subnet hyperparameters (AdminUtils).',
  subcommands: {
    set: {
      summary: 'set a hyperparameter (as the subnet owner, or as sudo on a devnet)',
      load: async () => (await import('./sudo/set.js')).sudoSet,
    },
    get: {
      summary: "show a subnet's hyperparameters (all, or one with --param)",
      load: async () => (await import('./sudo/get.js')).sudoGet,
    },
  },
});
